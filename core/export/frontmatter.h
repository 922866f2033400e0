// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <yaml-cpp/emitter.h>

namespace Spill {

class PostWords;

// Small helpers over yaml-cpp's emitter, which does all the quoting: front
// matter is never assembled from strings by hand.
void emitEntry(YAML::Emitter &out, const char *key, const QString &value);
void emitEntry(YAML::Emitter &out, const char *key, const QStringList &values);
void emitEntry(YAML::Emitter &out, const char *key, bool value);
// ISO 8601 with the offset; nothing is written for an invalid date.
void emitDate(YAML::Emitter &out, const char *key, const QDateTime &when);

QStringList failureKindKeys(const QList<FailureKind> &kinds);
// In the post's language.
QStringList failureKindLabels(const QList<FailureKind> &kinds, const PostWords &words);

} // namespace Spill
