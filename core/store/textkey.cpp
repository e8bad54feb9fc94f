// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/textkey.h>

namespace tkb {

QString textKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (c == u'ə' || c == u'Ə')
            c = u'a';
        else if (c == u'ı')
            c = u'i';
        out += c;
    }
    return out.toCaseFolded();
}

} // namespace tkb
