// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QLegend>

#include <array>

namespace steward::chartstyle {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor verdictColor(const QPalette& palette, bool better)
{
    if (isDark(palette))
        return better ? QColor(0x81, 0xc7, 0x84) : QColor(0xef, 0x9a, 0x9a);
    return better ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
}

QColor seriesColor(const QPalette& palette, int index)
{
    // Okabe-Ito: tells apart for the common colour-vision deficiencies; lighter on dark.
    static constexpr std::array<QRgb, 7> light{0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7,
                                               0x56b4e9, 0xd55e00, 0x999999};
    static constexpr std::array<QRgb, 7> dark{0x56b4e9, 0xf0c34a, 0x3fc79a, 0xe0a3c8,
                                              0x8fd0f5, 0xf08a4b, 0xbbbbbb};
    const auto& set = isDark(palette) ? dark : light;
    return QColor(set[std::size_t(index) % set.size()]);
}

void apply(QChart* chart, const QPalette& palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    chart->setTitleBrush(text);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text);
    if (chart->legend()->alignment() ==
        Qt::AlignTop) // the default; a chart that chose keeps its own
        chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setLabelsFont(font);
    }
}

} // namespace steward::chartstyle
