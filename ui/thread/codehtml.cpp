// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/thread/codehtml.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QColor>

namespace steward {

KSyntaxHighlighting::Repository& syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

namespace {

/// Writes each line's formats as spans.
class HtmlWriter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString line(QStringView text, KSyntaxHighlighting::State* state)
    {
        m_text = text;
        m_out.clear();
        *state = highlightLine(text, *state);
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override
    {
        const QString piece = m_text.mid(offset, length).toString().toHtmlEscaped();
        if (format.isDefaultTextStyle(theme()) || !format.hasTextColor(theme())) {
            m_out += piece;
            return;
        }
        QString style = QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        m_out += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, piece);
    }

private:
    QStringView m_text;
    QString m_out;
};

KSyntaxHighlighting::Definition definitionFor(const QString& language)
{
    if (language.isEmpty())
        return {};
    KSyntaxHighlighting::Repository& repository = syntaxRepository();
    KSyntaxHighlighting::Definition d = repository.definitionForName(language);
    if (!d.isValid())
        d = repository.definitionForFileName(QStringLiteral("code.") + language);
    return d;
}

} // namespace

QString highlightedCodeHtml(const QString& code, const QString& language, bool dark)
{
    const KSyntaxHighlighting::Definition definition = definitionFor(language);
    if (!definition.isValid())
        return code.toHtmlEscaped();
    HtmlWriter writer;
    writer.setDefinition(definition);
    writer.setTheme(
        syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                             : KSyntaxHighlighting::Repository::LightTheme));
    KSyntaxHighlighting::State state;
    QStringList lines;
    for (const QStringView line : QStringView(code).split(u'\n'))
        lines.append(writer.line(line, &state));
    return lines.join(u'\n');
}

} // namespace steward
