// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtCharts/QChartView>

namespace steward {

namespace {

struct ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(steward::ChartExport)
};

QByteArray pngOf(QChartView* view)
{
    constexpr qreal scale = 2.0;
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svgOf(QChartView* view)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(view->chart() ? view->chart()->title() : QString());
    svg.setDescription(QStringLiteral("Steward"));
    {
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    return bytes;
}

void chooseAndSave(QChartView* view, const QString& name, bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString path = QFileDialog::getSaveFileName(
        view, svg ? ChartExport::tr("Save Chart as SVG") : ChartExport::tr("Save Chart as PNG"),
        name + u'.' + suffix,
        svg ? ChartExport::tr("SVG (*.svg)") : ChartExport::tr("PNG (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChart(view, path, &error))
        QMessageBox::warning(view, ChartExport::tr("Save Chart"),
                             ChartExport::tr("The chart was not saved: %1").arg(error));
}

} // namespace

bool saveChart(QChartView* view, const QString& path, QString* error)
{
    const QByteArray bytes =
        path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? svgOf(view) : pngOf(view);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error)
            *error = bytes.isEmpty() ? ChartExport::tr("the chart could not be drawn")
                                     : file.errorString();
        return false;
    }
    return true;
}

void addChartMenu(QChartView* view, const QString& name)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, name](QPoint at) {
        QMenu menu(view);
        menu.addAction(ChartExport::tr("Save as &PNG…"), view,
                       [view, name] { chooseAndSave(view, name, false); });
        menu.addAction(ChartExport::tr("Save as &SVG…"), view,
                       [view, name] { chooseAndSave(view, name, true); });
        menu.exec(view->mapToGlobal(at));
    });
}

} // namespace steward
