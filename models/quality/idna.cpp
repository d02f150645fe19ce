#include "quality/idna.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <memory>
#include <unicode/uidna.h>

namespace Kempt {

namespace {

struct IdnaCloser {
    void operator()(UIDNA *idna) const { uidna_close(idna); }
};

const UIDNA *uts46()
{
    static const std::unique_ptr<UIDNA, IdnaCloser> idna([] {
        UErrorCode status = U_ZERO_ERROR;
        UIDNA *created = uidna_openUTS46(UIDNA_USE_STD3_RULES | UIDNA_NONTRANSITIONAL_TO_ASCII
                                             | UIDNA_NONTRANSITIONAL_TO_UNICODE | UIDNA_CHECK_BIDI
                                             | UIDNA_CHECK_CONTEXTJ,
                                         &status);
        return U_SUCCESS(status) ? created : nullptr;
    }());
    return idna.get();
}

using IcuConvert = int32_t (*)(const UIDNA *, const UChar *, int32_t, UChar *, int32_t, UIDNAInfo *, UErrorCode *);

QString convert(IcuConvert fn, const QString &domain, quint32 *errors)
{
    const UIDNA *idna = uts46();
    if (!idna) {
        *errors = UIDNA_ERROR_DISALLOWED;
        return QString();
    }
    QVarLengthArray<UChar, 256> out(qMax<qsizetype>(256, domain.size() * 4 + 16));
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = fn(idna, reinterpret_cast<const UChar *>(domain.utf16()), int32_t(domain.size()),
                        out.data(), int32_t(out.size()), &info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        info = UIDNA_INFO_INITIALIZER;
        status = U_ZERO_ERROR;
        length = fn(idna, reinterpret_cast<const UChar *>(domain.utf16()), int32_t(domain.size()),
                    out.data(), int32_t(out.size()), &info, &status);
    }
    if (U_FAILURE(status)) {
        *errors = UIDNA_ERROR_DISALLOWED;
        return QString();
    }
    *errors = info.errors;
    return QString(reinterpret_cast<const QChar *>(out.constData()), length);
}

} // namespace

QString Idna::toUnicode(const QString &domain, quint32 *errors)
{
    return convert(uidna_nameToUnicode, domain, errors);
}

QString Idna::toAscii(const QString &domain, quint32 *errors)
{
    return convert(uidna_nameToASCII, domain, errors);
}

QString Idna::describeErrors(quint32 errors)
{
    if (errors & (UIDNA_ERROR_PUNYCODE | UIDNA_ERROR_INVALID_ACE_LABEL))
        return QCoreApplication::translate("EmailValidator", "a part starting with “xn--” is not valid punycode");
    if (errors & UIDNA_ERROR_DOMAIN_NAME_TOO_LONG)
        return QCoreApplication::translate("EmailValidator", "it is longer than 253 characters once encoded");
    if (errors & UIDNA_ERROR_LABEL_TOO_LONG)
        return QCoreApplication::translate("EmailValidator", "a part between dots is longer than 63 characters once encoded");
    if (errors & UIDNA_ERROR_EMPTY_LABEL)
        return QCoreApplication::translate("EmailValidator", "a part between dots is empty");
    if (errors & (UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN))
        return QCoreApplication::translate("EmailValidator", "a part between dots starts or ends with a hyphen");
    if (errors & UIDNA_ERROR_HYPHEN_3_4)
        return QCoreApplication::translate("EmailValidator", "a part has “--” as its third and fourth character");
    if (errors & UIDNA_ERROR_LEADING_COMBINING_MARK)
        return QCoreApplication::translate("EmailValidator", "a part starts with a combining accent");
    if (errors & UIDNA_ERROR_LABEL_HAS_DOT)
        return QCoreApplication::translate("EmailValidator", "a character in it stands for a dot");
    if (errors & UIDNA_ERROR_BIDI)
        return QCoreApplication::translate("EmailValidator", "it mixes right-to-left and left-to-right text in a way domain names forbid");
    if (errors & UIDNA_ERROR_CONTEXTJ)
        return QCoreApplication::translate("EmailValidator", "it has an invisible joiner where none may be");
    return QCoreApplication::translate("EmailValidator", "it contains a character domain names cannot have");
}

} // namespace Kempt
