// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/colourschemes.h"

#include "models/settings/preferences.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace steward {

namespace {

struct Startup
{
    QString style;
    QPalette palette;
    bool kept = false;
};

/// The style and palette the application had before any scheme of Steward's own.
Startup& startup()
{
    static Startup s;
    if (!s.kept && qApp) {
        s.style = QApplication::style()->name();
        s.palette = QApplication::palette();
        s.kept = true;
    }
    return s;
}

QPalette build(QColor window, QColor text, QColor base, QColor alternate, QColor button,
               QColor highlight, QColor highlightedText, QColor link, QColor muted)
{
    QPalette p(button, window);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, highlight);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, highlightedText);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, muted);
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette schemePalette(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::System:
        return startup().palette;
    case ColourScheme::Light:
        return build(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), Qt::white,
                     QColor(0xf7, 0xf7, 0xf7), QColor(0xfc, 0xfc, 0xfc), QColor(0x2a, 0x6f, 0xb5),
                     Qt::white, QColor(0x1d, 0x5f, 0xa8), QColor(0x6a, 0x6e, 0x72));
    case ColourScheme::Dark:
        return build(QColor(0x20, 0x23, 0x26), QColor(0xfc, 0xfc, 0xfc), QColor(0x14, 0x16, 0x18),
                     QColor(0x1d, 0x1f, 0x22), QColor(0x29, 0x2c, 0x30), QColor(0x3d, 0xae, 0xe9),
                     QColor(0x0b, 0x0d, 0x0f), QColor(0x8c, 0xc8, 0xf8), QColor(0xa1, 0xa9, 0xb1));
    case ColourScheme::HighContrast: {
        QPalette p = build(Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::black,
                           QColor(0xff, 0xeb, 0x3b), Qt::black, QColor(0x80, 0xd8, 0xff),
                           QColor(0xd0, 0xd0, 0xd0));
        // Frames and separators drawn light: the ones derived from a black button vanish.
        for (auto [role, colour] : {std::pair{QPalette::Light, QColor(Qt::white)},
                                    std::pair{QPalette::Midlight, QColor(0xd0, 0xd0, 0xd0)},
                                    std::pair{QPalette::Mid, QColor(0xc0, 0xc0, 0xc0)},
                                    std::pair{QPalette::Dark, QColor(0xc0, 0xc0, 0xc0)},
                                    std::pair{QPalette::Shadow, QColor(Qt::white)}})
            p.setColor(role, colour);
        return p;
    }
    }
    return startup().palette;
}

void applyColourScheme(ColourScheme scheme)
{
    const Startup& before = startup();
    if (scheme == ColourScheme::System) {
        QApplication::setStyle(QStyleFactory::create(before.style));
        // A default palette: the application follows the desktop's again, also its changes.
        QApplication::setPalette(QPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(schemePalette(scheme));
    }
    prefs::colourScheme.set(int(scheme));
}

ColourScheme savedColourScheme()
{
    const int kept = prefs::colourScheme.get();
    return kept >= 0 && kept < ColourSchemeCount ? ColourScheme(kept) : ColourScheme::System;
}

void nameColourSchemeEntries(QMenu* menu)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("steward::ColourScheme", "&System Colours"),
        QT_TRANSLATE_NOOP("steward::ColourScheme", "&Light"),
        QT_TRANSLATE_NOOP("steward::ColourScheme", "&Dark"),
        QT_TRANSLATE_NOOP("steward::ColourScheme", "&High Contrast")};
    for (QAction* action : menu->actions()) {
        const int i = action->data().toInt();
        if (i >= 0 && i < ColourSchemeCount)
            action->setText(QCoreApplication::translate("steward::ColourScheme", names[i]));
    }
}

void addColourSchemeEntries(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const ColourScheme current = savedColourScheme();
    for (int i = 0; i < ColourSchemeCount; ++i) {
        QAction* action = menu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(ColourScheme(i) == current);
        action->setData(i);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, action,
                         [i] { applyColourScheme(ColourScheme(i)); });
    }
    nameColourSchemeEntries(menu);
}

} // namespace steward
