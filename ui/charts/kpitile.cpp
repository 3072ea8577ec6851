// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/kpitile.h"

#include "ui/charts/chartstyle.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace steward {

KpiTile::KpiTile(const QString& key, QWidget* parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_sparkline(new Sparkline(this))
{
    setObjectName(QStringLiteral("tile_") + key);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(120);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true); // wraps in a narrow tile instead of being cut
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    auto* row = new QHBoxLayout;
    row->addWidget(m_value);
    row->addStretch(1);
    row->addWidget(m_change, 0, Qt::AlignBottom);
    layout->addLayout(row);
    layout->addWidget(m_detail);
    layout->addWidget(m_sparkline);
}

void KpiTile::setTitle(const QString& title)
{
    m_title->setText(title);
}

void KpiTile::setValue(const QString& text, double value, double previous, Direction direction,
                       bool isCount)
{
    m_value->setText(text);
    m_change->setText(analytics::Headlines::changeText(value, previous, isCount));
    const int verdict = analytics::Headlines::verdict(value, previous, direction);
    m_change->setStyleSheet(
        verdict == 0 ? QString()
                     : QStringLiteral("color: %1")
                           .arg(chartstyle::verdictColor(palette(), verdict > 0).name()));
}

void KpiTile::setDetail(const QString& detail)
{
    m_detail->setText(detail);
}

void KpiTile::setSeries(const QList<double>& series)
{
    m_sparkline->setValues(series);
}

void KpiTile::setPartial(const QList<bool>& partial)
{
    m_sparkline->setPartial(partial);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked(m_key);
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_sparkline->update();
    QFrame::changeEvent(event);
}

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double>& values)
{
    m_values = values;
    update();
}

void Sparkline::setPartial(const QList<bool>& partial)
{
    m_partial = partial;
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (m_values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double span = *high - *low > 0 ? *high - *low : 1.0;
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    const bool marked = m_partial.size() == m_values.size();
    QPainterPath line;   // the whole buckets
    QPainterPath dashed; // segments reaching a partial bucket
    QPointF last;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QPointF p(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                        area.bottom() - area.height() * (m_values[i] - *low) / span);
        if (i > 0) {
            QPainterPath& into = marked && (m_partial[i] || m_partial[i - 1]) ? dashed : line;
            into.moveTo(last);
            into.lineTo(p);
        }
        last = p;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath fill;
    fill.moveTo(area.bottomLeft());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        fill.lineTo(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                    area.bottom() - area.height() * (m_values[i] - *low) / span);
    fill.lineTo(area.bottomRight());
    fill.closeSubpath();
    QColor accent = palette().color(QPalette::Highlight);
    QColor shade = accent;
    shade.setAlpha(40);
    painter.fillPath(fill, shade);
    painter.setPen(QPen(accent, 1.5));
    painter.drawPath(line);
    painter.setPen(QPen(accent, 1.5, Qt::DashLine));
    painter.drawPath(dashed);
}

} // namespace steward
