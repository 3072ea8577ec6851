// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The topic browser's lists, computed in memory.
#pragma once

#include "models/store/topicqueries.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace steward {

/// Every listed topic (regular, not deleted) as the few numbers the browser's views filter
/// and sort by, read from the store in one pass, so that a view, a category or a sort is a
/// pass over memory rather than a query over every topic. ids() lists exactly what
/// topics::ids() lists for the same filter, in the same order (that function is the
/// reference). update() reads some topics again after a change.
class TopicIndex
{
public:
    /// Reads every topic; false with error set when the store cannot be read.
    bool load(const Database& db, QString* error);
    /// Reads these topics again (added, changed or gone); false with error set on failure.
    bool update(const Database& db, const QSet<Id>& topicIds, QString* error);
    bool isLoaded() const { return m_loaded; }
    /// Listed topics per category (not counting those below it).
    QHash<Id, int> countByCategory() const;
    std::size_t size() const { return m_entries.size(); }

    /// The filter's topics in its order. searchHits: the topics the search matched (the
    /// filter's search is ignored here; see searchHits()).
    QList<Id> ids(const Database& db, const topics::Filter& filter,
                  const QSet<Id>* searchHits = nullptr) const;
    /// The topics whose title contains the text or whose posts match its words; nullopt for
    /// an empty search, or with error set when the store cannot be read.
    static std::optional<QSet<Id>> searchHits(const Database& db, const QString& search,
                                              QString* error);

private:
    struct Entry
    {
        Id id = 0;
        Id categoryId = 0;
        qint64 activityAt = 0;
        qint64 createdAt = 0;
        int posts = 0;
        int views = 0;
        int likes = 0;
        bool closed = false;
        bool archived = false;
        bool accepted = false;     ///< an accepted answer is stored on the topic
        bool answered = false;     ///< a live regular reply by someone other than the author
        bool flagged = false;      ///< a pending review item in the topic
        mutable int titleRank = 0; ///< place in title order, once m_titleRanksValid
    };
    bool read(const Database& db, const QString& where, std::vector<Entry>* out,
              QString* error) const;
    void ensureTitleRanks(const Database& db) const;

    bool m_loaded = false;
    std::vector<Entry> m_entries;
    QSet<Id> m_solutionCategories;
    mutable bool m_titleRanksValid = false; ///< read on the first sort by title after a change
};

} // namespace steward
