// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/post.h"

namespace steward {

std::optional<PostType> postTypeFromInt(int value)
{
    if (value < 1 || value > 4)
        return std::nullopt;
    return static_cast<PostType>(value);
}

} // namespace steward
