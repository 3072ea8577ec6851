// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/ids.h"

#include <QString>

namespace steward {

/// A forum category (a product area in a support community). Subcategories have a parentId.
struct Category
{
    Id id = 0;
    Id parentId = 0;
    QString name;
    QString slug;
    QString color;       ///< hex without '#', as Discourse sends it
    QString textColor;   ///< hex without '#'
    QString description; ///< plain text
    int position = 0;
    int topicCount = 0;       ///< the server's count: visible, undeleted topics but the definition
                              ///< (Category.update_stats)
    int postCount = 0;        ///< the server's count: their undeleted posts that are not whispers
    Id definitionTopicId = 0; ///< the "About the … category" topic (from topic_url); 0 when unknown
    bool readRestricted = false;
    bool acceptedAnswersEnabled = false; ///< discourse-solved enabled in this category

    bool isSubcategory() const { return parentId != 0; }
    friend bool operator==(const Category&, const Category&) = default;
};

} // namespace steward
