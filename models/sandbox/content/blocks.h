// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace steward::sandbox {

/// A post body as blocks, rendered both as Markdown (raw) and as the HTML Discourse would
/// cook it. Paragraph and list text may hold `inline code` and [links](https://...).
struct Block
{
    enum class Kind
    {
        Paragraph,
        Code,
        Quote,
        List,
        Image
    };
    Kind kind = Kind::Paragraph;
    QString text;       ///< paragraph, code, quote text; image URL
    QString language;   ///< code blocks; quote: the quoted username
    int quotedPost = 0; ///< quote: post number
    int quotedTopic = 0;
    QStringList items; ///< list items
};

struct RenderedPost
{
    QString raw;
    QString cooked;
};

RenderedPost render(const QList<Block>& blocks);
/// HTML for one line of inline Markdown (escapes everything else).
QString cookInline(const QString& text);

} // namespace steward::sandbox
