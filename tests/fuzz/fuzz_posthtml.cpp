// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The post HTML sanitizer (models/present/posthtml.h) and the preview text
// (models/domain/plaintext.h) on any cooked HTML or Markdown a server sends.
#include "models/present/posthtml.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString cooked = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)steward::sanitizePostHtml(cooked, false);
    (void)steward::sanitizePostHtml(cooked, true);
    (void)steward::remoteImageCount(cooked);
    (void)steward::decodeHtmlEntities(cooked);
    // A preview is at most its length, whatever the input.
    if (steward::plainTextFromCooked(cooked, 240).size() > 240 ||
        steward::plainTextFromMarkdown(cooked, 240).size() > 240)
        __builtin_trap();
    return 0;
}
