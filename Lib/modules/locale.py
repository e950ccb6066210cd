"""Locale services: the C library's locale categories as this process
sees them (the C locale and the locales installed on the system), the
conventions of the C locale, and locale-aware number formatting and
parsing."""

import collections
import functools
import os as _os
import re
import sys
from builtins import str as _builtin_str

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'LC_MESSAGES']


class Error(Exception):
    """A locale the system does not have, or a bad category."""

    # CPython's is _locale's, named locale.Error also when this module
    # runs as __main__
    __module__ = "locale"


# categories, numbered as the GNU C library numbers them
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_category_names = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                   'LC_MONETARY', 'LC_MESSAGES', None, 'LC_PAPER', 'LC_NAME',
                   'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                   'LC_IDENTIFICATION']
_categories = [n for n, name in enumerate(_category_names) if name]

# nl_langinfo() keys (GNU C library values) and their C locale answers
_days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
         'Saturday']
_months = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']
_langinfo = {}
CODESET = 14
RADIXCHAR, THOUSEP = 0x10000, 0x10001
YESEXPR, NOEXPR = 0x50000, 0x50001
CRNCYSTR = 0x4000f
for _n in range(7):
    globals()['ABDAY_%d' % (_n + 1)] = 0x20000 + _n
    globals()['DAY_%d' % (_n + 1)] = 0x20007 + _n
    _langinfo[0x20000 + _n] = _days[_n][:3]
    _langinfo[0x20007 + _n] = _days[_n]
for _n in range(12):
    globals()['ABMON_%d' % (_n + 1)] = 0x2000e + _n
    globals()['MON_%d' % (_n + 1)] = 0x2001a + _n
    _langinfo[0x2000e + _n] = _months[_n][:3]
    _langinfo[0x2001a + _n] = _months[_n]
AM_STR, PM_STR = 0x20026, 0x20027
D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = 0x20028, 0x20029, 0x2002a, 0x2002b
ERA, ERA_D_FMT, ALT_DIGITS = 0x2002c, 0x2002e, 0x2002f
ERA_D_T_FMT, ERA_T_FMT = 0x20030, 0x20031
_langinfo.update({
    RADIXCHAR: '.', THOUSEP: '', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
    CRNCYSTR: '-', AM_STR: 'AM', PM_STR: 'PM',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
    ERA_D_T_FMT: '', ERA_T_FMT: '',
})
del _n


# The state of the categories: the interpreter starts with LC_CTYPE taken
# from the environment and the others in the C locale.

def _codeset_key(codeset):
    return ''.join(c for c in codeset.lower() if c.isalnum())


def _installed(name):
    # the name setlocale() answers for name, or None when the system has
    # no such locale
    if name in ('C', 'POSIX'):
        return 'C'
    lang, dot, codeset = name.partition('.')
    if lang == 'C' and dot and _codeset_key(codeset) == 'utf8':
        return name
    if not name or '/' in name or name.startswith('.'):
        return None
    lang, dot, codeset = name.partition('.')
    places = [name]
    if dot and lang != 'C':
        places.append(lang + '.' + _codeset_key(codeset))
    for place in places:
        if _os.path.isdir('/usr/lib/locale/' + place):
            return name
    return None


def _from_environment(category):
    # the locale the environment asks for the category
    for var in ('LC_ALL', _category_names[category], 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


_state = dict.fromkeys(_categories, 'C')
_state[LC_CTYPE] = _installed(_from_environment(LC_CTYPE)) or 'C'


def _query(category):
    if category != LC_ALL:
        return _state[category]
    names = [_state[c] for c in _categories]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join('%s=%s' % (_category_names[c], _state[c]) for c in _categories)


def _composite(text):
    # {category: name} of an LC_ALL answer 'LC_CTYPE=x;LC_NUMERIC=y;...'
    found = {}
    for item in text.split(';'):
        key, eq, value = item.partition('=')
        if not eq or key not in _category_names:
            return None
        found[_category_names.index(key)] = value
    return found


def _setlocale(category, locale=None):
    if not isinstance(category, int):
        raise TypeError('an integer is required (got type %s)'
                        % type(category).__name__)
    if locale is not None and not isinstance(locale, _builtin_str):
        raise TypeError('setlocale() argument 2 must be str or None, not %s'
                        % type(locale).__name__)
    if category != LC_ALL and category not in _state:
        raise Error('locale query failed' if locale is None
                    else 'unsupported locale setting')
    if locale is None:
        return _query(category)
    targets = _categories if category == LC_ALL else [category]
    wanted = {}
    if category == LC_ALL and '=' in locale:
        wanted = _composite(locale)
        if wanted is None:
            raise Error('unsupported locale setting')
    else:
        for c in targets:
            wanted[c] = _from_environment(c) if locale == '' else locale
    chosen = {}
    for c, name in wanted.items():
        chosen[c] = _installed(name)
        if chosen[c] is None:
            raise Error('unsupported locale setting')
    _state.update(chosen)
    return _query(category)


def setlocale(category, locale=None):
    """Set the locale of category (LC_ALL: all of them) to locale, a name,
    '' for the environment's, or a (language, encoding) pair, and return
    the category's locale; with locale None only return it."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Set category to the locale getdefaultlocale() finds."""
    _setlocale(category, _build_localename(getdefaultlocale()))


# Entries that replace localeconv()'s own (tests set them to try the
# formatting functions under another locale's conventions).
_override_localeconv = {}


def localeconv():
    """The numeric and monetary conventions of the locale (those of the C
    locale: the only conventions this interpreter knows)."""
    conv = _c_conventions()
    if _override_localeconv:
        conv.update(_override_localeconv)
    return conv


def _c_conventions():
    return {
        'int_curr_symbol': '', 'currency_symbol': '',
        'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [],
        'positive_sign': '', 'negative_sign': '',
        'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
        'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
    }


def _is_utf8(name):
    return _codeset_key(name.partition('.')[2].partition('@')[0]) == 'utf8'


def nl_langinfo(key):
    """The C library's answer for the langinfo constant key."""
    if not isinstance(key, int):
        raise TypeError('an integer is required (got type %s)' % type(key).__name__)
    if key == CODESET:
        return 'UTF-8' if _is_utf8(_state[LC_CTYPE]) else 'ANSI_X3.4-1968'
    if key not in _langinfo:
        raise ValueError('unsupported langinfo constant')
    return _langinfo[key]


def _need_str(name, n, value):
    if not isinstance(value, _builtin_str):
        kind = 'None' if value is None else type(value).__name__
        raise TypeError('%s() argument %d must be str, not %s' % (name, n, kind))


def strcoll(string1, string2):
    """Compare two strings as the locale collates them (code point order
    here): negative, zero or positive."""
    _need_str('strcoll', 1, string1)
    _need_str('strcoll', 2, string2)
    if '\0' in string1 or '\0' in string2:
        raise ValueError('embedded null character')
    return (string1 > string2) - (string1 < string2)


def strxfrm(string):
    """The key that sorts string as strcoll() does (string itself here)."""
    _need_str('strxfrm', 1, string)
    if '\0' in string:
        raise ValueError('embedded null character')
    return string


# message catalogs: none is installed, so messages come back unchanged

_domain = 'messages'
_bindings = {}
_codesets = {}


def gettext(msg):
    """The translation of msg: msg itself."""
    return msg


def dgettext(domain, msg):
    """The translation of msg in domain: msg itself."""
    return msg


def dcgettext(domain, msg, category):
    """The translation of msg in domain for category: msg itself."""
    return msg


def textdomain(domain):
    """Set the current message domain (None: leave it) and return it."""
    global _domain
    if domain is not None:
        _domain = domain
    return _domain


def bindtextdomain(domain, dir):
    """Set the directory of domain's catalogs (None: leave it) and return
    it."""
    if dir is not None:
        _bindings[domain] = dir
    return _bindings.get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset):
    """Set the encoding of domain's messages (None: leave it) and return
    it."""
    if codeset is not None:
        _codesets[domain] = codeset
    return _codesets.get(domain)


# number formatting

_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                          r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _group_sizes(sizes):
    # The sizes of the digit groups from the right: the list as given; a 0
    # repeats the size before it forever, CHAR_MAX (or the list's end)
    # leaves the remaining digits ungrouped.
    previous = None
    for size in sizes:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError('invalid grouping')
            while True:
                yield previous
        yield size
        previous = size


def _group(s, monetary=False):
    # s (a sign or blanks, digits, then blanks) with the locale's
    # thousands separators between its digit groups, and how many
    # characters the separators added
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    sizes = conv['mon_grouping' if monetary else 'grouping']
    if not sizes:
        return s, 0
    body = s.rstrip(' ')
    right = s[len(body):]
    left = ''
    groups = []
    for size in _group_sizes(sizes):
        if not body or body[-1] not in '0123456789':
            # only the sign and the padding are left
            left, body = body, ''
            break
        groups.append(body[-size:])
        body = body[:-size]
    if body:
        groups.append(body)
    groups.reverse()
    return left + sep.join(groups) + right, len(sep) * (len(groups) - 1)


def _drop_padding(text, extra):
    # text less extra blanks of padding: leading ones first, then trailing
    # ones, so that a field keeps its width after separators went in
    start = 0
    while extra and start < len(text) and text[start] == ' ':
        start += 1
        extra -= 1
    end = len(text)
    while extra and end > start and text[end - 1] == ' ':
        end -= 1
        extra -= 1
    return text[start:end]


def _format(percent, value, grouping=False, monetary=False, *additional):
    text = percent % ((value,) + additional if additional else value)
    kind = percent[-1]
    added = 0
    if kind in 'eEfFgG':
        pieces = text.split('.')
        if grouping:
            pieces[0], added = _group(pieces[0], monetary)
        point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        text = point.join(pieces)
    elif kind in 'diu' and grouping:
        text, added = _group(text, monetary)
    if added:
        text = _drop_padding(text, added)
    return text


def format(percent, value, grouping=False, monetary=False, *additional):
    """percent % value for a single %-conversion, with the locale's
    decimal point and (grouping) thousands separators."""
    found = _percent_re.match(percent)
    if found is None or found.end() != len(percent):
        raise ValueError('format() must be given exactly one %%char format '
                         'specifier, %s not valid' % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def format_string(f, val, grouping=False):
    """f % val with each conversion formatted as format() does."""
    import collections.abc
    specs = list(_percent_re.finditer(f))
    plain = _percent_re.sub('%s', f)
    done = []
    if isinstance(val, collections.abc.Mapping):
        for spec in specs:
            text = spec.group()
            done.append('%' if text[-1] == '%' else format(text, val, grouping))
    else:
        values = val if isinstance(val, tuple) else (val,)
        at = 0
        for spec in specs:
            text = spec.group()
            if text[-1] == '%':
                done.append('%')
                continue
            stars = spec.group('modifiers').count('*')
            done.append(_format(text, values[at], grouping, False,
                                *values[at + 1:at + 1 + stars]))
            at += 1 + stars
    return plain % tuple(done)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as money in the locale's conventions: its number of
    decimals, separators, currency symbol and sign placement.  The C
    locale has none (ValueError)."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    negative = val < 0
    # the amount sits between markers that a sign may replace
    text = '<' + _format('%%.%if' % digits, abs(val), grouping, True) + '>'
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        space = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        if conv['n_cs_precedes' if negative else 'p_cs_precedes']:
            text = mark + space + text
        else:
            text = text + space + mark
    where = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if where == 0:
        text = '(' + text + ')'
    elif where == 2:
        text = text + sign
    elif where == 3:
        text = text.replace('<', sign)
    elif where == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """The float val as str() would show it, with the locale's decimal
    point."""
    return _format('%.12g', val)


def delocalize(string):
    """string with the locale's thousands separators removed and its
    decimal point made '.'."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def atof(string, func=float):
    """func (float) of the number string written in the locale's way."""
    return func(delocalize(string))


def atoi(string):
    """The int the string written in the locale's way stands for."""
    return int(delocalize(string))


# locale names

def _normalize_encoding(encoding):
    # runs of characters other than letters, digits and '.' become one '_'
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            out.append(c)
            gap = False
        else:
            gap = True
    return ''.join(out)


def _replace_encoding(code, encoding):
    lang = code.partition('.')[0]
    key = _normalize_encoding(encoding)
    key = _codec_aliases.get(key.lower(), key)
    found = locale_encoding_alias.get(key.lower())
    if found is None:
        # the table also spells names without separators ('koi8c')
        found = locale_encoding_alias.get(
            key.lower().replace('_', '').replace('-', ''), key)
    return lang + '.' + found


def _append_modifier(code, modifier):
    # code with modifier added; @euro becomes the Latin-9 encoding
    base, dot, encoding = code.partition('.')
    if modifier == 'euro':
        if not dot:
            return base + '.ISO8859-15'
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
    return code + '@' + modifier


def normalize(localename):
    """The locale name the alias table gives for localename (language,
    territory, encoding and modifier in the C library's spelling), or
    localename itself when it knows none."""
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    langname, _, encoding = code.partition('.')
    encoding = encoding.split('.')[0]
    with_encoding = langname
    if encoding:
        with_encoding += '.' + encoding.replace('-', '').replace('_', '')
    suffix = '@' + modifier if modifier else ''
    found = locale_alias.get(with_encoding + suffix)
    if found is not None:
        return found
    if modifier and with_encoding in locale_alias:
        # the alias without the modifier, if it has none or the same
        found = locale_alias[with_encoding]
        own = found.partition('@')[2]
        if not own:
            return _append_modifier(found, modifier)
        if own.lower() == modifier:
            return found
    if encoding:
        found = locale_alias.get(langname + suffix)
        if found is not None:
            base, at, own = found.partition('@')
            return _replace_encoding(base, encoding) + (at + own)
        if modifier:
            found = locale_alias.get(langname)
            if found is not None:
                base, at, own = found.partition('@')
                if not at:
                    return _append_modifier(_replace_encoding(base, encoding), modifier)
                if own.lower() == modifier:
                    return _replace_encoding(base, encoding) + '@' + own
    return localename


def _parse_localename(localename):
    # (language, encoding) of a locale name; (None, None) for C
    code, at, modifier = normalize(localename).partition('@')
    lang, dot, rest = code.partition('.')
    if dot:
        return lang, rest.split('.')[0]
    if at and modifier == 'euro':
        return code, 'iso-8859-15'
    if code == 'C':
        return None, None
    raise ValueError('unknown locale: %s' % localename)


_bad_locale = ('Locale must be None, a string, or an iterable of two '
               'strings -- language code, encoding.')


def _build_localename(localetuple):
    # 'language.encoding' of the pair localetuple
    try:
        language, encoding = localetuple
        language = 'C' if language is None else language
        return language if encoding is None else language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError(_bad_locale) from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) of the locale the environment variables
    envvars name (the first one set), as far as it can tell."""
    name = 'C'
    for var in envvars:
        value = _os.environ.get(var, None)
        if value:
            name = value.split(':')[0] if var == 'LANGUAGE' else value
            break
    return _parse_localename(name)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current locale."""
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: the codeset of the
    environment's locale (with do_setlocale) or of LC_CTYPE."""
    name = _state[LC_CTYPE]
    if do_setlocale:
        name = _installed(_from_environment(LC_CTYPE)) or name
    return 'UTF-8' if _is_utf8(name) else 'ANSI_X3.4-1968'


def _table(text, key=lambda k: k):
    table = {}
    for item in text.split():
        k, _, v = item.partition('=')
        table[key(k)] = v
    return table


# Data: the alias tables (from X.org's locale.alias and the C library),
# name=value pairs.
_ALIASES = '''
a3=az_AZ.KOI8-C a3_az=az_AZ.KOI8-C a3_az.koic=az_AZ.KOI8-C
aa_dj=aa_DJ.ISO8859-1 aa_er=aa_ER.UTF-8 aa_et=aa_ET.UTF-8 af=af_ZA.ISO8859-1
af_za=af_ZA.ISO8859-1 agr_pe=agr_PE.UTF-8 ak_gh=ak_GH.UTF-8 am=am_ET.UTF-8
am_et=am_ET.UTF-8 american=en_US.ISO8859-1 an_es=an_ES.ISO8859-15
anp_in=anp_IN.UTF-8 ar=ar_AA.ISO8859-6 ar_aa=ar_AA.ISO8859-6
ar_ae=ar_AE.ISO8859-6 ar_bh=ar_BH.ISO8859-6 ar_dz=ar_DZ.ISO8859-6
ar_eg=ar_EG.ISO8859-6 ar_in=ar_IN.UTF-8 ar_iq=ar_IQ.ISO8859-6
ar_jo=ar_JO.ISO8859-6 ar_kw=ar_KW.ISO8859-6 ar_lb=ar_LB.ISO8859-6
ar_ly=ar_LY.ISO8859-6 ar_ma=ar_MA.ISO8859-6 ar_om=ar_OM.ISO8859-6
ar_qa=ar_QA.ISO8859-6 ar_sa=ar_SA.ISO8859-6 ar_sd=ar_SD.ISO8859-6
ar_ss=ar_SS.UTF-8 ar_sy=ar_SY.ISO8859-6 ar_tn=ar_TN.ISO8859-6
ar_ye=ar_YE.ISO8859-6 arabic=ar_AA.ISO8859-6 as=as_IN.UTF-8
as_in=as_IN.UTF-8 ast_es=ast_ES.ISO8859-15 ayc_pe=ayc_PE.UTF-8
az=az_AZ.ISO8859-9E az_az=az_AZ.ISO8859-9E az_az.iso88599e=az_AZ.ISO8859-9E
az_ir=az_IR.UTF-8 be=be_BY.CP1251 be@latin=be_BY.UTF-8@latin
be_bg.utf8=bg_BG.UTF-8 be_by=be_BY.CP1251 be_by@latin=be_BY.UTF-8@latin
bem_zm=bem_ZM.UTF-8 ber_dz=ber_DZ.UTF-8 ber_ma=ber_MA.UTF-8 bg=bg_BG.CP1251
bg_bg=bg_BG.CP1251 bhb_in.utf8=bhb_IN.UTF-8 bho_in=bho_IN.UTF-8
bho_np=bho_NP.UTF-8 bi_vu=bi_VU.UTF-8 bn_bd=bn_BD.UTF-8 bn_in=bn_IN.UTF-8
bo_cn=bo_CN.UTF-8 bo_in=bo_IN.UTF-8 bokmal=nb_NO.ISO8859-1
bokmål=nb_NO.ISO8859-1 br=br_FR.ISO8859-1 br_fr=br_FR.ISO8859-1
brx_in=brx_IN.UTF-8 bs=bs_BA.ISO8859-2 bs_ba=bs_BA.ISO8859-2
bulgarian=bg_BG.CP1251 byn_er=byn_ER.UTF-8 c=C c-french=fr_CA.ISO8859-1
c.ascii=C c.en=C c.iso88591=en_US.ISO8859-1 c.utf8=en_US.UTF-8 c_c=C c_c.c=C
ca=ca_ES.ISO8859-1 ca_ad=ca_AD.ISO8859-1 ca_es=ca_ES.ISO8859-1
ca_es@valencia=ca_ES.UTF-8@valencia ca_fr=ca_FR.ISO8859-1
ca_it=ca_IT.ISO8859-1 catalan=ca_ES.ISO8859-1 ce_ru=ce_RU.UTF-8
cextend=en_US.ISO8859-1 chinese-s=zh_CN.eucCN chinese-t=zh_TW.eucTW
chr_us=chr_US.UTF-8 ckb_iq=ckb_IQ.UTF-8 cmn_tw=cmn_TW.UTF-8
crh_ua=crh_UA.UTF-8 croatian=hr_HR.ISO8859-2 cs=cs_CZ.ISO8859-2
cs_cs=cs_CZ.ISO8859-2 cs_cz=cs_CZ.ISO8859-2 csb_pl=csb_PL.UTF-8
cv_ru=cv_RU.UTF-8 cy=cy_GB.ISO8859-1 cy_gb=cy_GB.ISO8859-1
cz=cs_CZ.ISO8859-2 cz_cz=cs_CZ.ISO8859-2 czech=cs_CZ.ISO8859-2
da=da_DK.ISO8859-1 da_dk=da_DK.ISO8859-1 danish=da_DK.ISO8859-1
dansk=da_DK.ISO8859-1 de=de_DE.ISO8859-1 de_at=de_AT.ISO8859-1
de_be=de_BE.ISO8859-1 de_ch=de_CH.ISO8859-1 de_de=de_DE.ISO8859-1
de_it=de_IT.ISO8859-1 de_li.utf8=de_LI.UTF-8 de_lu=de_LU.ISO8859-1
deutsch=de_DE.ISO8859-1 doi_in=doi_IN.UTF-8 dutch=nl_NL.ISO8859-1
dutch.iso88591=nl_BE.ISO8859-1 dv_mv=dv_MV.UTF-8 dz_bt=dz_BT.UTF-8
ee=ee_EE.ISO8859-4 ee_ee=ee_EE.ISO8859-4 eesti=et_EE.ISO8859-1
el=el_GR.ISO8859-7 el_cy=el_CY.ISO8859-7 el_gr=el_GR.ISO8859-7
el_gr@euro=el_GR.ISO8859-15 en=en_US.ISO8859-1 en_ag=en_AG.UTF-8
en_au=en_AU.ISO8859-1 en_be=en_BE.ISO8859-1 en_bw=en_BW.ISO8859-1
en_ca=en_CA.ISO8859-1 en_dk=en_DK.ISO8859-1 en_dl.utf8=en_DL.UTF-8
en_gb=en_GB.ISO8859-1 en_hk=en_HK.ISO8859-1 en_ie=en_IE.ISO8859-1
en_il=en_IL.UTF-8 en_in=en_IN.ISO8859-1 en_ng=en_NG.UTF-8
en_nz=en_NZ.ISO8859-1 en_ph=en_PH.ISO8859-1 en_sc.utf8=en_SC.UTF-8
en_sg=en_SG.ISO8859-1 en_uk=en_GB.ISO8859-1 en_us=en_US.ISO8859-1
en_us@euro@euro=en_US.ISO8859-15 en_za=en_ZA.ISO8859-1 en_zm=en_ZM.UTF-8
en_zw=en_ZW.ISO8859-1 en_zw.utf8=en_ZS.UTF-8 eng_gb=en_GB.ISO8859-1
english=en_EN.ISO8859-1 english.iso88591=en_US.ISO8859-1
english_uk=en_GB.ISO8859-1 english_united-states=en_US.ISO8859-1
english_united-states.437=C english_us=en_US.ISO8859-1 eo=eo_XX.ISO8859-3
eo.utf8=eo.UTF-8 eo_eo=eo_EO.ISO8859-3 eo_us.utf8=eo_US.UTF-8
eo_xx=eo_XX.ISO8859-3 es=es_ES.ISO8859-1 es_ar=es_AR.ISO8859-1
es_bo=es_BO.ISO8859-1 es_cl=es_CL.ISO8859-1 es_co=es_CO.ISO8859-1
es_cr=es_CR.ISO8859-1 es_cu=es_CU.UTF-8 es_do=es_DO.ISO8859-1
es_ec=es_EC.ISO8859-1 es_es=es_ES.ISO8859-1 es_gt=es_GT.ISO8859-1
es_hn=es_HN.ISO8859-1 es_mx=es_MX.ISO8859-1 es_ni=es_NI.ISO8859-1
es_pa=es_PA.ISO8859-1 es_pe=es_PE.ISO8859-1 es_pr=es_PR.ISO8859-1
es_py=es_PY.ISO8859-1 es_sv=es_SV.ISO8859-1 es_us=es_US.ISO8859-1
es_uy=es_UY.ISO8859-1 es_ve=es_VE.ISO8859-1 estonian=et_EE.ISO8859-1
et=et_EE.ISO8859-15 et_ee=et_EE.ISO8859-15 eu=eu_ES.ISO8859-1
eu_es=eu_ES.ISO8859-1 eu_fr=eu_FR.ISO8859-1 fa=fa_IR.UTF-8 fa_ir=fa_IR.UTF-8
fa_ir.isiri3342=fa_IR.ISIRI-3342 ff_sn=ff_SN.UTF-8 fi=fi_FI.ISO8859-15
fi_fi=fi_FI.ISO8859-15 fil_ph=fil_PH.UTF-8 finnish=fi_FI.ISO8859-1
fo=fo_FO.ISO8859-1 fo_fo=fo_FO.ISO8859-1 fr=fr_FR.ISO8859-1
fr_be=fr_BE.ISO8859-1 fr_ca=fr_CA.ISO8859-1 fr_ch=fr_CH.ISO8859-1
fr_fr=fr_FR.ISO8859-1 fr_lu=fr_LU.ISO8859-1 français=fr_FR.ISO8859-1
fre_fr=fr_FR.ISO8859-1 french=fr_FR.ISO8859-1
french.iso88591=fr_CH.ISO8859-1 french_france=fr_FR.ISO8859-1
fur_it=fur_IT.UTF-8 fy_de=fy_DE.UTF-8 fy_nl=fy_NL.UTF-8 ga=ga_IE.ISO8859-1
ga_ie=ga_IE.ISO8859-1 galego=gl_ES.ISO8859-1 galician=gl_ES.ISO8859-1
gd=gd_GB.ISO8859-1 gd_gb=gd_GB.ISO8859-1 ger_de=de_DE.ISO8859-1
german=de_DE.ISO8859-1 german.iso88591=de_CH.ISO8859-1
german_germany=de_DE.ISO8859-1 gez_er=gez_ER.UTF-8 gez_et=gez_ET.UTF-8
gl=gl_ES.ISO8859-1 gl_es=gl_ES.ISO8859-1 greek=el_GR.ISO8859-7
gu_in=gu_IN.UTF-8 gv=gv_GB.ISO8859-1 gv_gb=gv_GB.ISO8859-1 ha_ng=ha_NG.UTF-8
hak_tw=hak_TW.UTF-8 he=he_IL.ISO8859-8 he_il=he_IL.ISO8859-8
hebrew=he_IL.ISO8859-8 hi=hi_IN.ISCII-DEV hi_in=hi_IN.ISCII-DEV
hi_in.isciidev=hi_IN.ISCII-DEV hif_fj=hif_FJ.UTF-8 hne=hne_IN.UTF-8
hne_in=hne_IN.UTF-8 hr=hr_HR.ISO8859-2 hr_hr=hr_HR.ISO8859-2
hrvatski=hr_HR.ISO8859-2 hsb_de=hsb_DE.ISO8859-2 ht_ht=ht_HT.UTF-8
hu=hu_HU.ISO8859-2 hu_hu=hu_HU.ISO8859-2 hungarian=hu_HU.ISO8859-2
hy_am=hy_AM.UTF-8 hy_am.armscii8=hy_AM.ARMSCII_8 ia=ia.UTF-8
ia_fr=ia_FR.UTF-8 icelandic=is_IS.ISO8859-1 id=id_ID.ISO8859-1
id_id=id_ID.ISO8859-1 ig_ng=ig_NG.UTF-8 ik_ca=ik_CA.UTF-8 in=id_ID.ISO8859-1
in_id=id_ID.ISO8859-1 is=is_IS.ISO8859-1 is_is=is_IS.ISO8859-1
iso-8859-1=en_US.ISO8859-1 iso-8859-15=en_US.ISO8859-15
iso8859-1=en_US.ISO8859-1 iso8859-15=en_US.ISO8859-15
iso_8859_1=en_US.ISO8859-1 iso_8859_15=en_US.ISO8859-15 it=it_IT.ISO8859-1
it_ch=it_CH.ISO8859-1 it_it=it_IT.ISO8859-1 italian=it_IT.ISO8859-1
iu=iu_CA.NUNACOM-8 iu_ca=iu_CA.NUNACOM-8 iu_ca.nunacom8=iu_CA.NUNACOM-8
iw=he_IL.ISO8859-8 iw_il=he_IL.ISO8859-8 iw_il.utf8=iw_IL.UTF-8
ja=ja_JP.eucJP ja_jp=ja_JP.eucJP ja_jp.euc=ja_JP.eucJP
ja_jp.mscode=ja_JP.SJIS ja_jp.pck=ja_JP.SJIS japan=ja_JP.eucJP
japanese=ja_JP.eucJP japanese-euc=ja_JP.eucJP japanese.euc=ja_JP.eucJP
jp_jp=ja_JP.eucJP ka=ka_GE.GEORGIAN-ACADEMY ka_ge=ka_GE.GEORGIAN-ACADEMY
ka_ge.georgianacademy=ka_GE.GEORGIAN-ACADEMY
ka_ge.georgianps=ka_GE.GEORGIAN-PS ka_ge.georgianrs=ka_GE.GEORGIAN-ACADEMY
kab_dz=kab_DZ.UTF-8 kk_kz=kk_KZ.ptcp154 kl=kl_GL.ISO8859-1
kl_gl=kl_GL.ISO8859-1 km_kh=km_KH.UTF-8 kn=kn_IN.UTF-8 kn_in=kn_IN.UTF-8
ko=ko_KR.eucKR ko_kr=ko_KR.eucKR ko_kr.euc=ko_KR.eucKR kok_in=kok_IN.UTF-8
korean=ko_KR.eucKR korean.euc=ko_KR.eucKR ks=ks_IN.UTF-8 ks_in=ks_IN.UTF-8
ks_in@devanagari.utf8=ks_IN.UTF-8@devanagari ku_tr=ku_TR.ISO8859-9
kw=kw_GB.ISO8859-1 kw_gb=kw_GB.ISO8859-1 ky=ky_KG.UTF-8 ky_kg=ky_KG.UTF-8
lb_lu=lb_LU.UTF-8 lg_ug=lg_UG.ISO8859-10 li_be=li_BE.UTF-8 li_nl=li_NL.UTF-8
lij_it=lij_IT.UTF-8 lithuanian=lt_LT.ISO8859-13 ln_cd=ln_CD.UTF-8
lo=lo_LA.MULELAO-1 lo_la=lo_LA.MULELAO-1 lo_la.cp1133=lo_LA.IBM-CP1133
lo_la.ibmcp1133=lo_LA.IBM-CP1133 lo_la.mulelao1=lo_LA.MULELAO-1
lt=lt_LT.ISO8859-13 lt_lt=lt_LT.ISO8859-13 lv=lv_LV.ISO8859-13
lv_lv=lv_LV.ISO8859-13 lzh_tw=lzh_TW.UTF-8 mag_in=mag_IN.UTF-8
mai=mai_IN.UTF-8 mai_in=mai_IN.UTF-8 mai_np=mai_NP.UTF-8 mfe_mu=mfe_MU.UTF-8
mg_mg=mg_MG.ISO8859-15 mhr_ru=mhr_RU.UTF-8 mi=mi_NZ.ISO8859-1
mi_nz=mi_NZ.ISO8859-1 miq_ni=miq_NI.UTF-8 mjw_in=mjw_IN.UTF-8
mk=mk_MK.ISO8859-5 mk_mk=mk_MK.ISO8859-5 ml=ml_IN.UTF-8 ml_in=ml_IN.UTF-8
mn_mn=mn_MN.UTF-8 mni_in=mni_IN.UTF-8 mr=mr_IN.UTF-8 mr_in=mr_IN.UTF-8
ms=ms_MY.ISO8859-1 ms_my=ms_MY.ISO8859-1 mt=mt_MT.ISO8859-3
mt_mt=mt_MT.ISO8859-3 my_mm=my_MM.UTF-8 nan_tw=nan_TW.UTF-8
nb=nb_NO.ISO8859-1 nb_no=nb_NO.ISO8859-1 nds_de=nds_DE.UTF-8
nds_nl=nds_NL.UTF-8 ne_np=ne_NP.UTF-8 nhn_mx=nhn_MX.UTF-8
niu_nu=niu_NU.UTF-8 niu_nz=niu_NZ.UTF-8 nl=nl_NL.ISO8859-1 nl_aw=nl_AW.UTF-8
nl_be=nl_BE.ISO8859-1 nl_nl=nl_NL.ISO8859-1 nn=nn_NO.ISO8859-1
nn_no=nn_NO.ISO8859-1 no=no_NO.ISO8859-1 no@nynorsk=ny_NO.ISO8859-1
no_no=no_NO.ISO8859-1 no_no.iso88591@bokmal=no_NO.ISO8859-1
no_no.iso88591@nynorsk=no_NO.ISO8859-1 norwegian=no_NO.ISO8859-1
nr=nr_ZA.ISO8859-1 nr_za=nr_ZA.ISO8859-1 nso=nso_ZA.ISO8859-15
nso_za=nso_ZA.ISO8859-15 ny=ny_NO.ISO8859-1 ny_no=ny_NO.ISO8859-1
nynorsk=nn_NO.ISO8859-1 oc=oc_FR.ISO8859-1 oc_fr=oc_FR.ISO8859-1
om_et=om_ET.UTF-8 om_ke=om_KE.ISO8859-1 or=or_IN.UTF-8 or_in=or_IN.UTF-8
os_ru=os_RU.UTF-8 pa=pa_IN.UTF-8 pa_in=pa_IN.UTF-8 pa_pk=pa_PK.UTF-8
pap_an=pap_AN.UTF-8 pap_aw=pap_AW.UTF-8 pap_cw=pap_CW.UTF-8
pd=pd_US.ISO8859-1 pd_de=pd_DE.ISO8859-1 pd_us=pd_US.ISO8859-1
ph=ph_PH.ISO8859-1 ph_ph=ph_PH.ISO8859-1 pl=pl_PL.ISO8859-2
pl_pl=pl_PL.ISO8859-2 polish=pl_PL.ISO8859-2 portuguese=pt_PT.ISO8859-1
portuguese_brazil=pt_BR.ISO8859-1 posix=C posix-utf2=C pp=pp_AN.ISO8859-1
pp_an=pp_AN.ISO8859-1 ps_af=ps_AF.UTF-8 pt=pt_PT.ISO8859-1
pt_br=pt_BR.ISO8859-1 pt_pt=pt_PT.ISO8859-1 quz_pe=quz_PE.UTF-8
raj_in=raj_IN.UTF-8 ro=ro_RO.ISO8859-2 ro_ro=ro_RO.ISO8859-2
romanian=ro_RO.ISO8859-2 ru=ru_RU.UTF-8 ru_ru=ru_RU.UTF-8 ru_ua=ru_UA.KOI8-U
rumanian=ro_RO.ISO8859-2 russian=ru_RU.KOI8-R rw=rw_RW.ISO8859-1
rw_rw=rw_RW.ISO8859-1 sa_in=sa_IN.UTF-8 sat_in=sat_IN.UTF-8
sc_it=sc_IT.UTF-8 sd=sd_IN.UTF-8 sd_in=sd_IN.UTF-8
sd_in@devanagari.utf8=sd_IN.UTF-8@devanagari sd_pk=sd_PK.UTF-8
se_no=se_NO.UTF-8 serbocroatian=sr_RS.UTF-8@latin sgs_lt=sgs_LT.UTF-8
sh=sr_RS.UTF-8@latin sh_ba.iso88592@bosnia=sr_CS.ISO8859-2
sh_hr=sh_HR.ISO8859-2 sh_hr.iso88592=hr_HR.ISO8859-2 sh_sp=sr_CS.ISO8859-2
sh_yu=sr_RS.UTF-8@latin shn_mm=shn_MM.UTF-8 shs_ca=shs_CA.UTF-8
si=si_LK.UTF-8 si_lk=si_LK.UTF-8 sid_et=sid_ET.UTF-8 sinhala=si_LK.UTF-8
sk=sk_SK.ISO8859-2 sk_sk=sk_SK.ISO8859-2 sl=sl_SI.ISO8859-2
sl_cs=sl_CS.ISO8859-2 sl_si=sl_SI.ISO8859-2 slovak=sk_SK.ISO8859-2
slovene=sl_SI.ISO8859-2 slovenian=sl_SI.ISO8859-2 sm_ws=sm_WS.UTF-8
so_dj=so_DJ.ISO8859-1 so_et=so_ET.UTF-8 so_ke=so_KE.ISO8859-1
so_so=so_SO.ISO8859-1 sp=sr_CS.ISO8859-5 sp_yu=sr_CS.ISO8859-5
spanish=es_ES.ISO8859-1 spanish_spain=es_ES.ISO8859-1 sq=sq_AL.ISO8859-2
sq_al=sq_AL.ISO8859-2 sq_mk=sq_MK.UTF-8 sr=sr_RS.UTF-8
sr@cyrillic=sr_RS.UTF-8 sr@latn=sr_CS.UTF-8@latin sr_cs=sr_CS.UTF-8
sr_cs.iso88592@latn=sr_CS.ISO8859-2 sr_cs@latn=sr_CS.UTF-8@latin
sr_me=sr_ME.UTF-8 sr_rs=sr_RS.UTF-8 sr_rs@latn=sr_RS.UTF-8@latin
sr_sp=sr_CS.ISO8859-2 sr_yu=sr_RS.UTF-8@latin
sr_yu.cp1251@cyrillic=sr_CS.CP1251 sr_yu.iso88592=sr_CS.ISO8859-2
sr_yu.iso88595=sr_CS.ISO8859-5 sr_yu.iso88595@cyrillic=sr_CS.ISO8859-5
sr_yu.microsoftcp1251@cyrillic=sr_CS.CP1251 sr_yu.utf8=sr_RS.UTF-8
sr_yu.utf8@cyrillic=sr_RS.UTF-8 sr_yu@cyrillic=sr_RS.UTF-8
ss=ss_ZA.ISO8859-1 ss_za=ss_ZA.ISO8859-1 st=st_ZA.ISO8859-1
st_za=st_ZA.ISO8859-1 sv=sv_SE.ISO8859-1 sv_fi=sv_FI.ISO8859-1
sv_se=sv_SE.ISO8859-1 sw_ke=sw_KE.UTF-8 sw_tz=sw_TZ.UTF-8
swedish=sv_SE.ISO8859-1 szl_pl=szl_PL.UTF-8 ta=ta_IN.TSCII-0
ta_in=ta_IN.TSCII-0 ta_in.tscii=ta_IN.TSCII-0 ta_in.tscii0=ta_IN.TSCII-0
ta_lk=ta_LK.UTF-8 tcy_in.utf8=tcy_IN.UTF-8 te=te_IN.UTF-8 te_in=te_IN.UTF-8
tg=tg_TJ.KOI8-C tg_tj=tg_TJ.KOI8-C th=th_TH.ISO8859-11
th_th=th_TH.ISO8859-11 th_th.tactis=th_TH.TIS620 th_th.tis620=th_TH.TIS620
thai=th_TH.ISO8859-11 the_np=the_NP.UTF-8 ti_er=ti_ER.UTF-8
ti_et=ti_ET.UTF-8 tig_er=tig_ER.UTF-8 tk_tm=tk_TM.UTF-8 tl=tl_PH.ISO8859-1
tl_ph=tl_PH.ISO8859-1 tn=tn_ZA.ISO8859-15 tn_za=tn_ZA.ISO8859-15
to_to=to_TO.UTF-8 tpi_pg=tpi_PG.UTF-8 tr=tr_TR.ISO8859-9
tr_cy=tr_CY.ISO8859-9 tr_tr=tr_TR.ISO8859-9 ts=ts_ZA.ISO8859-1
ts_za=ts_ZA.ISO8859-1 tt=tt_RU.TATAR-CYR tt_ru=tt_RU.TATAR-CYR
tt_ru.tatarcyr=tt_RU.TATAR-CYR tt_ru@iqtelif=tt_RU.UTF-8@iqtelif
turkish=tr_TR.ISO8859-9 ug_cn=ug_CN.UTF-8 uk=uk_UA.KOI8-U uk_ua=uk_UA.KOI8-U
univ=en_US.utf universal=en_US.utf universal.utf8@ucs4=en_US.UTF-8
unm_us=unm_US.UTF-8 ur=ur_PK.CP1256 ur_in=ur_IN.UTF-8 ur_pk=ur_PK.CP1256
uz=uz_UZ.UTF-8 uz_uz=uz_UZ.UTF-8 uz_uz@cyrillic=uz_UZ.UTF-8 ve=ve_ZA.UTF-8
ve_za=ve_ZA.UTF-8 vi=vi_VN.TCVN vi_vn=vi_VN.TCVN vi_vn.tcvn=vi_VN.TCVN
vi_vn.tcvn5712=vi_VN.TCVN vi_vn.viscii=vi_VN.VISCII
vi_vn.viscii111=vi_VN.VISCII wa=wa_BE.ISO8859-1 wa_be=wa_BE.ISO8859-1
wae_ch=wae_CH.UTF-8 wal_et=wal_ET.UTF-8 wo_sn=wo_SN.UTF-8 xh=xh_ZA.ISO8859-1
xh_za=xh_ZA.ISO8859-1 yi=yi_US.CP1255 yi_us=yi_US.CP1255 yo_ng=yo_NG.UTF-8
yue_hk=yue_HK.UTF-8 yuw_pg=yuw_PG.UTF-8 zh=zh_CN.eucCN zh_cn=zh_CN.gb2312
zh_cn.big5=zh_TW.big5 zh_cn.euc=zh_CN.eucCN zh_hk=zh_HK.big5hkscs
zh_hk.big5hk=zh_HK.big5hkscs zh_sg=zh_SG.GB2312 zh_sg.gbk=zh_SG.GBK
zh_tw=zh_TW.big5 zh_tw.euc=zh_TW.eucTW zh_tw.euctw=zh_TW.eucTW
zu=zu_ZA.ISO8859-1 zu_za=zu_ZA.ISO8859-1
'''

_ENCODING_ALIASES = '''
437=C c=C en=ISO8859-1 jis=JIS7 jis7=JIS7 ajec=eucJP koi8c=KOI8-C
microsoftcp1251=CP1251 microsoftcp1255=CP1255 microsoftcp1256=CP1256
88591=ISO8859-1 88592=ISO8859-2 88595=ISO8859-5 885915=ISO8859-15
ascii=ISO8859-1 latin_1=ISO8859-1 iso8859_1=ISO8859-1 iso8859_10=ISO8859-10
iso8859_11=ISO8859-11 iso8859_13=ISO8859-13 iso8859_14=ISO8859-14
iso8859_15=ISO8859-15 iso8859_16=ISO8859-16 iso8859_2=ISO8859-2
iso8859_3=ISO8859-3 iso8859_4=ISO8859-4 iso8859_5=ISO8859-5
iso8859_6=ISO8859-6 iso8859_7=ISO8859-7 iso8859_8=ISO8859-8
iso8859_9=ISO8859-9 iso2022_jp=JIS7 shift_jis=SJIS tactis=TACTIS
euc_jp=eucJP euc_kr=eucKR utf_8=UTF-8 koi8_r=KOI8-R koi8_t=KOI8-T
koi8_u=KOI8-U kz1048=RK1048 cp1251=CP1251 cp1255=CP1255 cp1256=CP1256
eucjp=eucJP euckr=eucKR iso2022jp=JIS7 iso88591=ISO8859-1
iso885910=ISO8859-10 iso885911=ISO8859-11 iso885913=ISO8859-13
iso885914=ISO8859-14 iso885915=ISO8859-15 iso885916=ISO8859-16
iso88592=ISO8859-2 iso88593=ISO8859-3 iso88594=ISO8859-4 iso88595=ISO8859-5
iso88596=ISO8859-6 iso88597=ISO8859-7 iso88598=ISO8859-8 iso88599=ISO8859-9
koi8r=KOI8-R koi8t=KOI8-T koi8u=KOI8-U latin1=ISO8859-1 shiftjis=SJIS
utf8=UTF-8
'''

_WINDOWS = '''
436=af_ZA 41c=sq_AL 484=gsw_FR 45e=am_ET 401=ar_SA 801=ar_IQ c01=ar_EG
1001=ar_LY 1401=ar_DZ 1801=ar_MA 1c01=ar_TN 2001=ar_OM 2401=ar_YE 2801=ar_SY
2c01=ar_JO 3001=ar_LB 3401=ar_KW 3801=ar_AE 3c01=ar_BH 4001=ar_QA 42b=hy_AM
44d=as_IN 42c=az_AZ 82c=az_AZ 46d=ba_RU 42d=eu_ES 423=be_BY 445=bn_IN
201a=bs_BA 141a=bs_BA 47e=br_FR 402=bg_BG 403=ca_ES 4=zh_CHS 404=zh_TW
804=zh_CN c04=zh_HK 1004=zh_SG 1404=zh_MO 7c04=zh_CHT 483=co_FR 41a=hr_HR
101a=hr_BA 405=cs_CZ 406=da_DK 48c=gbz_AF 465=div_MV 413=nl_NL 813=nl_BE
409=en_US 809=en_GB c09=en_AU 1009=en_CA 1409=en_NZ 1809=en_IE 1c09=en_ZA
2009=en_JA 2409=en_CB 2809=en_BZ 2c09=en_TT 3009=en_ZW 3409=en_PH 4009=en_IN
4409=en_MY 4809=en_IN 425=et_EE 438=fo_FO 464=fil_PH 40b=fi_FI 40c=fr_FR
80c=fr_BE c0c=fr_CA 100c=fr_CH 140c=fr_LU 180c=fr_MC 462=fy_NL 456=gl_ES
437=ka_GE 407=de_DE 807=de_CH c07=de_AT 1007=de_LU 1407=de_LI 408=el_GR
46f=kl_GL 447=gu_IN 468=ha_NG 40d=he_IL 439=hi_IN 40e=hu_HU 40f=is_IS
421=id_ID 45d=iu_CA 85d=iu_CA 83c=ga_IE 410=it_IT 810=it_CH 411=ja_JP
44b=kn_IN 43f=kk_KZ 453=kh_KH 486=qut_GT 487=rw_RW 457=kok_IN 412=ko_KR
440=ky_KG 454=lo_LA 426=lv_LV 427=lt_LT 82e=dsb_DE 46e=lb_LU 42f=mk_MK
43e=ms_MY 83e=ms_BN 44c=ml_IN 43a=mt_MT 481=mi_NZ 47a=arn_CL 44e=mr_IN
47c=moh_CA 450=mn_MN 850=mn_CN 461=ne_NP 414=nb_NO 814=nn_NO 482=oc_FR
448=or_IN 463=ps_AF 429=fa_IR 415=pl_PL 416=pt_BR 816=pt_PT 446=pa_IN
46b=quz_BO 86b=quz_EC c6b=quz_PE 418=ro_RO 417=rm_CH 419=ru_RU 243b=smn_FI
103b=smj_NO 143b=smj_SE 43b=se_NO 83b=se_SE c3b=se_FI 203b=sms_FI
183b=sma_NO 1c3b=sma_SE 44f=sa_IN c1a=sr_SP 1c1a=sr_BA 81a=sr_SP 181a=sr_BA
45b=si_LK 46c=ns_ZA 432=tn_ZA 41b=sk_SK 424=sl_SI 40a=es_ES 80a=es_MX
c0a=es_ES 100a=es_GT 140a=es_CR 180a=es_PA 1c0a=es_DO 200a=es_VE 240a=es_CO
280a=es_PE 2c0a=es_AR 300a=es_EC 340a=es_CL 380a=es_UR 3c0a=es_PY 400a=es_BO
440a=es_SV 480a=es_HN 4c0a=es_NI 500a=es_PR 540a=es_US 441=sw_KE 41d=sv_SE
81d=sv_FI 45a=syr_SY 428=tg_TJ 85f=tmz_DZ 449=ta_IN 444=tt_RU 44a=te_IN
41e=th_TH 851=bo_BT 451=bo_CN 41f=tr_TR 442=tk_TM 480=ug_CN 422=uk_UA
42e=wen_DE 420=ur_PK 820=ur_IN 443=uz_UZ 843=uz_UZ 42a=vi_VN 452=cy_GB
488=wo_SN 434=xh_ZA 485=sah_RU 478=ii_CN 46a=yo_NG 435=zu_ZA
'''

_CODEC_ALIASES = '''
646=ascii ansi_x3.4_1968=ascii ansi_x3_4_1968=ascii ansi_x3.4_1986=ascii
cp367=ascii csascii=ascii ibm367=ascii iso646_us=ascii
iso_646.irv_1991=ascii iso_ir_6=ascii us=ascii us_ascii=ascii 1251=cp1251
windows_1251=cp1251 1255=cp1255 windows_1255=cp1255 1256=cp1256
windows_1256=cp1256 eucjp=euc_jp ujis=euc_jp u_jis=euc_jp euckr=euc_kr
korean=euc_kr ksc5601=euc_kr ks_c_5601=euc_kr ks_c_5601_1987=euc_kr
ksx1001=euc_kr ks_x_1001=euc_kr csiso2022jp=iso2022_jp iso2022jp=iso2022_jp
iso_2022_jp=iso2022_jp csisolatin6=iso8859_10 iso_8859_10=iso8859_10
iso_8859_10_1992=iso8859_10 iso_ir_157=iso8859_10 l6=iso8859_10
latin6=iso8859_10 thai=iso8859_11 iso_8859_11=iso8859_11
iso_8859_11_2001=iso8859_11 iso_8859_13=iso8859_13 l7=iso8859_13
latin7=iso8859_13 iso_8859_14=iso8859_14 iso_8859_14_1998=iso8859_14
iso_celtic=iso8859_14 iso_ir_199=iso8859_14 l8=iso8859_14 latin8=iso8859_14
iso_8859_15=iso8859_15 l9=iso8859_15 latin9=iso8859_15
iso_8859_16=iso8859_16 iso_8859_16_2001=iso8859_16 iso_ir_226=iso8859_16
l10=iso8859_16 latin10=iso8859_16 csisolatin2=iso8859_2 iso_8859_2=iso8859_2
iso_8859_2_1987=iso8859_2 iso_ir_101=iso8859_2 l2=iso8859_2 latin2=iso8859_2
csisolatin3=iso8859_3 iso_8859_3=iso8859_3 iso_8859_3_1988=iso8859_3
iso_ir_109=iso8859_3 l3=iso8859_3 latin3=iso8859_3 csisolatin4=iso8859_4
iso_8859_4=iso8859_4 iso_8859_4_1988=iso8859_4 iso_ir_110=iso8859_4
l4=iso8859_4 latin4=iso8859_4 csisolatincyrillic=iso8859_5
cyrillic=iso8859_5 iso_8859_5=iso8859_5 iso_8859_5_1988=iso8859_5
iso_ir_144=iso8859_5 arabic=iso8859_6 asmo_708=iso8859_6
csisolatinarabic=iso8859_6 ecma_114=iso8859_6 iso_8859_6=iso8859_6
iso_8859_6_1987=iso8859_6 iso_ir_127=iso8859_6 csisolatingreek=iso8859_7
ecma_118=iso8859_7 elot_928=iso8859_7 greek=iso8859_7 greek8=iso8859_7
iso_8859_7=iso8859_7 iso_8859_7_1987=iso8859_7 iso_ir_126=iso8859_7
csisolatinhebrew=iso8859_8 hebrew=iso8859_8 iso_8859_8=iso8859_8
iso_8859_8_1988=iso8859_8 iso_ir_138=iso8859_8 csisolatin5=iso8859_9
iso_8859_9=iso8859_9 iso_8859_9_1989=iso8859_9 iso_ir_148=iso8859_9
l5=iso8859_9 latin5=iso8859_9 cskoi8r=koi8_r kz_1048=kz1048 rk1048=kz1048
strk1048_2002=kz1048 8859=latin_1 cp819=latin_1 csisolatin1=latin_1
ibm819=latin_1 iso8859=latin_1 iso8859_1=latin_1 iso_8859_1=latin_1
iso_8859_1_1987=latin_1 iso_ir_100=latin_1 l1=latin_1 latin=latin_1
latin1=latin_1 csshiftjis=shift_jis shiftjis=shift_jis sjis=shift_jis
s_jis=shift_jis tis260=tactis u8=utf_8 utf=utf_8 utf8=utf_8 utf8_ucs2=utf_8
utf8_ucs4=utf_8 x_mac_japanese=shift_jis x_mac_korean=euc_kr
'''

locale_alias = _table(_ALIASES)
locale_encoding_alias = _table(_ENCODING_ALIASES)
windows_locale = _table(_WINDOWS, lambda k: int(k, 16))
_codec_aliases = _table(_CODEC_ALIASES)
del _ALIASES, _ENCODING_ALIASES, _WINDOWS, _CODEC_ALIASES


# --- run as a script (python -m locale) -------------------------------------

# the categories in the order CPython 3.6's report lists them
_reported_categories = (("LC_CTYPE", LC_CTYPE), ("LC_TIME", LC_TIME),
             ("LC_COLLATE", LC_COLLATE), ("LC_MONETARY", LC_MONETARY),
             ("LC_MESSAGES", LC_MESSAGES), ("LC_NUMERIC", LC_NUMERIC))
_rule_line = "-" * 72


def _show_pair(lang, enc, indent=""):
    print(indent + "Language: ", lang or "(undefined)")
    print(indent + "Encoding: ", enc or "(undefined)")


def _show_categories(heading):
    if heading is not None:
        print(heading)
        print(_rule_line)
    for name, category in _reported_categories:
        print(name, "...")
        _show_pair(*getlocale(category), indent="   ")
        print()


def _print_locale():
    """Report the default locale, then each category's locale at
    start-up, after resetlocale() and after setlocale(LC_ALL, "")."""
    print("Locale defaults as determined by getdefaultlocale():")
    print(_rule_line)
    _show_pair(*getdefaultlocale())
    print()
    _show_categories("Locale settings on startup:")
    print()
    # the heading comes first: resetlocale() may fail (an environment
    # naming a locale the system lacks)
    print("Locale settings after calling resetlocale():")
    print(_rule_line)
    resetlocale()
    _show_categories(None)
    try:
        setlocale(LC_ALL, "")
    except Exception:
        print("NOTE:")
        print('setlocale(LC_ALL, "") does not support the default locale')
        print("given in the OS environment variables.")
        return
    print()
    _show_categories('Locale settings after calling setlocale(LC_ALL, ""):')


def _test():
    """Format a grouped integer and a float in the environment's locale
    and read each back."""
    setlocale(LC_ALL, "")
    grouped = format("%d", 123456789, 1)
    print(grouped, "is", atoi(grouped))
    text = str(3.14)
    print(text, "is", atof(text))


if __name__ == "__main__":
    print("Locale aliasing:")
    print()
    _print_locale()
    print()
    print("Number formatting:")
    print()
    _test()
