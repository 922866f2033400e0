// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/contenthash.h"
#include "testsupport.h"

#include <QCryptographicHash>

using namespace Spill;

TEST_CASE("Content hash", "[media][hash]")
{
    SECTION("nominal: the published SHA-256 of \"abc\"")
    {
        ContentHash hash;
        hash.addData("abc");
        CHECK(hash.hexResult() ==
              u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
    }
    SECTION("nominal: fed in uneven chunks, it equals Qt's digest of the whole")
    {
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data.append(char((quint32(i) * 7919u) >> 3));
        ContentHash hash;
        qsizetype at = 0;
        for (qsizetype step : {1, 63, 64, 65, 4096, 100000}) {
            hash.addData(QByteArrayView(data).sliced(at, step));
            at += step;
        }
        hash.addData(QByteArrayView(data).sliced(at));
        CHECK(hash.hexResult() ==
              QString::fromLatin1(
                  QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    }
    SECTION("robustness: no data at all is the digest of the empty string")
    {
        ContentHash hash;
        hash.addData({});
        CHECK(hash.hexResult() ==
              u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs);
    }
}
