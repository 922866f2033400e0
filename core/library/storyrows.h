// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing one story's rows, and its snapshot format for
// revisions. Internal to core/library: callers hold the transaction.
#pragma once

#include "story/story.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace Spill::StoryRows {

// Loads the story with its tags, failure kinds and media (in order).
// Returns nullopt with an empty error when there is no such story.
std::optional<Story> read(QSqlDatabase db, qint64 id, QString *error);

// Writes an existing story's row, tags, failure kinds, media rows and search
// index row. Must run inside a transaction.
bool write(QSqlDatabase db, const Story &story, const QDateTime &now, QString *error);

// Keeps the file's own account of each item that has one and whose file has
// none kept yet (table media_origins); the rest is left as it is.
bool keepOrigins(QSqlDatabase db, const QList<MediaItem> &media, QString *error);

// The story's redemption (its link, and the redeeming story's slug, title
// and published URL) and the earlier fails it redeems; storyredemption.cpp.
bool readRedemption(QSqlDatabase db, Story &story, QString *error);
// Keeps the story's redemption link (not the derived parts).
bool writeRedemption(QSqlDatabase db, const Story &story, QString *error);

// The lowercase suffix the media store uses for an item's file.
QString mediaSuffix(const MediaItem &item);

// Revisions keep a whole story as compact JSON.
QByteArray toSnapshot(const Story &story);
std::optional<Story> fromSnapshot(const QByteArray &json);

} // namespace Spill::StoryRows
