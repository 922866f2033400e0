// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Spill::Test {

struct GeneratedLibrary
{
    int stories = 0;
    // > 0: every story gets a reality photo, cycling over this many distinct
    // hashes, whose 256-pixel thumbnails are written straight into the disk
    // cache (the media files themselves are not).
    int distinctPhotos = 0;
    QDateTime newest = QDateTime(QDate(2026, 6, 30), QTime(12, 0), QTimeZone::utc());
};

// Story i (from 0): title "Mishap i", created `i` hours before `newest`,
// failure kind allFailureKinds()[i % count], outcome rescued/partly/binned/
// none by i % 4, status draft/ready/published by i % 3.
//
// Writes through the library's schema in one transaction on a connection of
// its own, so 10,000 stories take about a second rather than 10,000 commits.
// Returns an error text, empty on success.
QString generateLibrary(const QString &folder, const GeneratedLibrary &spec);

QString generatedPhotoHash(int index);

} // namespace Spill::Test
