// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The post HTML sanitizer (models/present/posthtml.h) on any cooked HTML a server sends.
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
    return 0;
}
