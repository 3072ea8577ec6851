// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/queue/agedelegate.h"

#include "models/items/queuemodel.h"

#include <QPainter>

namespace steward {

void AgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const
{
    const int level = index.data(QueueModel::AgeLevelRole).toInt();
    if (level > 0 && !(option.state & QStyle::State_Selected)) {
        QColor tint = level == 2 ? QColor(220, 50, 47) : QColor(230, 160, 20);
        tint.setAlpha(level == 2 ? 90 : 70);
        painter->fillRect(option.rect, tint);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace steward
