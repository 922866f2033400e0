// SPDX-License-Identifier: GPL-3.0-or-later
#include "webmduration.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace Spill {

namespace {

constexpr quint32 IdSegment = 0x18538067;
constexpr quint32 IdInfo = 0x1549A966;
constexpr quint32 IdTimecodeScale = 0x2AD7B1;
constexpr quint32 IdDuration = 0x4489;

struct Element
{
    quint32 id = 0;
    qsizetype dataAt = 0;
    qsizetype dataEnd = 0; // clipped to the buffer
    bool complete = false; // all its data is in the buffer
};

// An EBML variable-length number: the count of leading zero bits in the
// first byte gives its length. IDs keep the marker bit, sizes drop it.
std::optional<quint64> readVint(QByteArrayView data, qsizetype &at, bool keepMarker, int maxBytes,
                                bool *unknown = nullptr)
{
    if (at >= data.size())
        return std::nullopt;
    const quint8 first = quint8(data[at]);
    int length = 1;
    while (length <= maxBytes && !(first & (0x80 >> (length - 1))))
        ++length;
    if (length > maxBytes || at + length > data.size())
        return std::nullopt;
    quint64 value = keepMarker ? first : (first & (0xFF >> length));
    bool allOnes = value == quint64(0xFF >> length);
    for (int i = 1; i < length; ++i) {
        const quint8 b = quint8(data[at + i]);
        allOnes = allOnes && b == 0xFF;
        value = (value << 8) | b;
    }
    if (unknown)
        *unknown = allOnes;
    at += length;
    return value;
}

std::optional<Element> readElement(QByteArrayView data, qsizetype &at, qsizetype end)
{
    const auto id = readVint(data, at, true, 4);
    bool unknown = false;
    const auto size = readVint(data, at, false, 8, &unknown);
    if (!id || !size || at > end)
        return std::nullopt;
    Element e {quint32(*id), at, end, false};
    if (!unknown && *size <= quint64(end - at)) {
        e.dataEnd = at + qsizetype(*size);
        e.complete = true;
    }
    at = e.dataEnd;
    return e;
}

std::optional<Element> findChild(QByteArrayView data, qsizetype from, qsizetype end, quint32 id)
{
    qsizetype at = from;
    while (at < end) {
        const auto e = readElement(data, at, end);
        if (!e)
            return std::nullopt;
        if (e->id == id)
            return e;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> webmDeclaredDurationMs(QByteArrayView head)
{
    const qsizetype end = head.size();
    qsizetype at = 0;
    const auto ebml = readElement(head, at, end); // the EBML header
    if (!ebml || ebml->id != 0x1A45DFA3)
        return std::nullopt;
    const auto segment = findChild(head, at, end, IdSegment);
    if (!segment)
        return std::nullopt;
    const auto info = findChild(head, segment->dataAt, segment->dataEnd, IdInfo);
    if (!info || !info->complete)
        return std::nullopt;

    double scaleNs = 1000000.0; // the default TimecodeScale
    if (const auto scale = findChild(head, info->dataAt, info->dataEnd, IdTimecodeScale)) {
        quint64 value = 0;
        for (qsizetype i = scale->dataAt; i < scale->dataEnd && i < scale->dataAt + 8; ++i)
            value = (value << 8) | quint8(head[i]);
        if (value > 0)
            scaleNs = double(value);
    }
    const auto duration = findChild(head, info->dataAt, info->dataEnd, IdDuration);
    if (!duration)
        return std::nullopt;
    double ticks = 0;
    const qsizetype length = duration->dataEnd - duration->dataAt;
    if (length == 4) {
        const quint32 bits = qFromBigEndian<quint32>(head.data() + duration->dataAt);
        float f;
        std::memcpy(&f, &bits, 4);
        ticks = f;
    } else if (length == 8) {
        const quint64 bits = qFromBigEndian<quint64>(head.data() + duration->dataAt);
        std::memcpy(&ticks, &bits, 8);
    } else {
        return std::nullopt;
    }
    const double ms = ticks * scaleNs / 1e6;
    if (!std::isfinite(ms) || ms < 0 || ms > 1e12)
        return std::nullopt;
    return qint64(std::llround(ms));
}

} // namespace Spill
