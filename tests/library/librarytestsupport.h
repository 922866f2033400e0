// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/library.h"
#include "story/story.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Spill::Test {

// A story with every field set, two tags, a kind and two photos.
Story sampleStory(const QString &title = QStringLiteral("The Soufflé That Wasn't"));

MediaItem photo(const QString &hash, MediaRole role, Beat beat = Beat::Intended);

QByteArray fileBytes(const QString &path);

// Opens a library read-write, failing the test when it cannot.
std::unique_ptr<Library> openLibrary(const QString &folder);

// The ids of the stories Library::search() finds for `text`, best first.
QList<qint64> searchIds(Library &library, const QString &text);

// A value read straight from the database file with a separate connection.
QVariant queryValue(const QString &databasePath, const QString &sql);

} // namespace Spill::Test
