// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// KSyntaxHighlighting on text from posts: the thread view's code blocks (ui/thread/codehtml.h,
// input "language\ncode") and the item view's Markdown source (the whole input, highlighted
// in a QTextDocument the way ItemDetailView::highlightMarkdown does).
#include "ui/thread/codehtml.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QGuiApplication>
#include <QTextDocument>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {
QTextDocument* markdown = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    // One document and highlighter for every input, as in the item view: setting the text
    // highlights it again.
    KSyntaxHighlighting::Repository& repository = steward::syntaxRepository();
    markdown = new QTextDocument(&app);
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(markdown);
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype eol = text.indexOf(u'\n');
    const QString language = eol < 0 ? QString() : text.left(std::min<qsizetype>(eol, 64));
    const QString code = eol < 0 ? text : text.mid(eol + 1);
    (void)steward::highlightedCodeHtml(code, language, size % 2 == 1);
    markdown->setPlainText(text);
    return 0;
}
