// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/headlines.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace steward {

class Sparkline;

/// One KPI at a glance: its name, value, change against the previous period (coloured by
/// whether the change is good), and a sparkline of its buckets. The tooltip holds the KPI's
/// definition. Clicking it emits clicked().
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    /// Whether a rise is good news (posts), bad news (response time) or neither.
    using Direction = analytics::Direction;

    explicit KpiTile(const QString& key, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    void setTitle(const QString& title);
    /// previous < 0: no comparison. A count whose previous value is under 10 says its change
    /// in items ("▲ +97 from 3"): a percentage of so small a base would alarm for nothing.
    void setValue(const QString& text, double value, double previous, Direction direction,
                  bool isCount = false);
    void setDetail(const QString& detail);
    void setSeries(const QList<double>& series);
    /// Which of the series' values count a bucket only in part (drawn dashed).
    void setPartial(const QList<bool>& partial);
    QString valueText() const;
    QString changeText() const;

Q_SIGNALS:
    void clicked(const QString& key);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_key;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
    QLabel* m_detail;
    Sparkline* m_sparkline;
};

/// A small line of values, scaled to its own height. Segments that reach a partial value
/// (a bucket counted only in part, see setPartial()) are dashed.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);
    void setValues(const QList<double>& values);
    /// By value index; applies while it has as many entries as the values.
    void setPartial(const QList<bool>& partial);
    QSize sizeHint() const override { return {120, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_values;
    QList<bool> m_partial;
};

} // namespace steward
