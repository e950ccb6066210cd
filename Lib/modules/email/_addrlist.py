"""A forgiving scanner for RFC 2822 address lists and dates.

This is the project's own code; its results, quirks included, are those
CPython 3.6's email.utils gives (parseaddr, getaddresses, parsedate_tz).
"""

_WSP = " \t"
_ALL_WS = " \t\r\n"
_SPECIALS = '()<>@,:;."[]'
_ATOM_STOP = _SPECIALS + _ALL_WS
_WORD_STOP = _ATOM_STOP.replace(".", "")


def _drop_blank(parts):
    # Forget white space kept after the last word.
    if parts and not parts[-1].strip():
        parts.pop()


def _escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


class _Scanner:
    """A cursor over one header value; comments seen go to notes."""

    def __init__(self, text):
        self.text = text
        self.at = 0
        self.notes = []

    def more(self):
        return self.at < len(self.text)

    def peek(self):
        return self.text[self.at]

    def skip_blank(self):
        """Skip white space and comments; the blanks (no CR/LF) skipped."""
        blanks = ""
        while self.more():
            c = self.peek()
            if c in _ALL_WS:
                if c in _WSP:
                    blanks += c
                self.at += 1
            elif c == "(":
                self.notes.append(self.delimited("(", ")\r", True))
            else:
                break
        return blanks

    def delimited(self, opener, closers, nest_comments):
        """The text of an opener...closer run, backslash escapes resolved.

        An unterminated run ends with the text.
        """
        if self.peek() != opener:
            return ""
        self.at += 1
        out = []
        escaped = False
        while self.more():
            c = self.peek()
            if escaped:
                out.append(c)
                escaped = False
            elif c in closers:
                self.at += 1
                break
            elif nest_comments and c == "(":
                out.append(self.delimited("(", ")\r", True))
                continue
            elif c == "\\":
                escaped = True
            else:
                out.append(c)
            self.at += 1
        return "".join(out)

    def quoted(self):
        return self.delimited('"', '"\r', False)

    def atom(self, stops=_ATOM_STOP):
        start = self.at
        while self.more() and self.peek() not in stops:
            self.at += 1
        return self.text[start:self.at]

    def phrase(self):
        """Words up to a special: atoms (dots allowed) and quoted strings."""
        words = []
        while self.more():
            c = self.peek()
            if c in _ALL_WS:
                self.at += 1
            elif c == '"':
                words.append(self.quoted())
            elif c == "(":
                self.notes.append(self.delimited("(", ")\r", True))
            elif c in _WORD_STOP:
                break
            else:
                words.append(self.atom(_WORD_STOP))
        return words

    def domain(self):
        """A domain after '@'; '' when another '@' follows."""
        parts = []
        while self.more():
            c = self.peek()
            if c in _WSP:
                self.at += 1
            elif c == "(":
                self.notes.append(self.delimited("(", ")\r", True))
            elif c == "[":
                parts.append("[%s]" % self.delimited("[", "]\r", False))
            elif c == ".":
                self.at += 1
                parts.append(".")
            elif c == "@":
                return ""
            elif c in _ATOM_STOP:
                break
            else:
                parts.append(self.atom())
        return "".join(parts)

    def addr_spec(self):
        """local-part[@domain]; white space inside the local part is kept
        except around dots."""
        local = []
        self.skip_blank()
        while self.more():
            c = self.peek()
            if c == ".":
                _drop_blank(local)
                self.at += 1
                local.append(".")
                self.skip_blank()
                continue
            if c == '"':
                local.append('"%s"' % _escape(self.quoted()))
            elif c in _ATOM_STOP:
                _drop_blank(local)
                break
            else:
                local.append(self.atom())
            local.append(self.skip_blank())
        text = "".join(local)
        if not self.more() or self.peek() != "@":
            return text
        self.at += 1
        self.skip_blank()
        dom = self.domain()
        return text + "@" + dom if dom else ""

    def angle_addr(self):
        """<[@route,...:]addr-spec>, the route dropped."""
        self.at += 1
        self.skip_blank()
        while self.more():
            c = self.peek()
            if c not in ">@:":
                spec = self.addr_spec()
                self.at += 1
                return spec
            self.at += 1
            if c == ">":
                break
            if c == "@":
                self.skip_blank()
                if self.more():
                    self.domain()
            self.skip_blank()
        return ""

    def one_entry(self):
        """The (name, addr) pairs of the next list entry (several for a
        group, none for an empty entry)."""
        self.notes = []
        self.skip_blank()
        start, start_notes = self.at, self.notes
        words = self.phrase()
        self.skip_blank()
        found = []
        if not self.more():
            if words:
                found = [(" ".join(self.notes), words[0])]
        else:
            c = self.peek()
            if c in ".@":
                self.at, self.notes = start, start_notes
                spec = self.addr_spec()
                found = [(" ".join(self.notes), spec)]
            elif c == ":":
                self.at += 1
                while self.more():
                    self.skip_blank()
                    if self.more() and self.peek() == ";":
                        self.at += 1
                        break
                    found += self.one_entry()
            elif c == "<":
                spec = self.angle_addr()
                name = " ".join(words)
                if self.notes:
                    name += " (" + " ".join(self.notes) + ")"
                found = [(name, spec)]
            elif words:
                found = [(" ".join(self.notes), words[0])]
            elif c in _SPECIALS:
                self.at += 1
        self.skip_blank()
        if self.more() and self.peek() == ",":
            self.at += 1
        return found

    def entries(self):
        out = []
        while self.more():
            found = self.one_entry()
            out += found or [("", "")]
        return out


def address_list(text):
    """Every (realname, address) pair of text; an empty entry is ('', '')."""
    if not text:
        return []
    return _Scanner(text).entries()


# -- dates -------------------------------------------------------------

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
           "oct", "nov", "dec",
           "january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december"]
_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# Zone names RFC 822 allows, as +hhmm numbers.
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
          "AST": -400, "ADT": -300, "EST": -500, "EDT": -400,
          "CST": -600, "CDT": -500, "MST": -700, "MDT": -600,
          "PST": -800, "PDT": -700}


def _hhmm_seconds(hhmm):
    sign = -1 if hhmm < 0 else 1
    hhmm = abs(hhmm)
    return sign * ((hhmm // 100) * 3600 + (hhmm % 100) * 60)


def _zone_seconds(tz):
    # Seconds east of UTC for a zone name or +hhmm; None when unknown
    # (including -0000, which says so).
    tz = tz.upper()
    if tz in _ZONES:
        return _hhmm_seconds(_ZONES[tz])
    try:
        hhmm = int(tz)
    except ValueError:
        return None
    if tz.startswith("-") and hhmm == 0:
        return None
    return _hhmm_seconds(hhmm)


def _chop_comma(word):
    # word without one trailing comma (an empty word is an IndexError,
    # as in CPython 3.6).
    return word[:-1] if word[-1] == "," else word


def _clock(tm):
    # [h, m, s] from 'h:m[:s]' or 'h.m[.s]'.  A dotted form of another
    # length leaves the fields unset, which CPython 3.6 reports as an
    # UnboundLocalError; that is kept.
    fields = tm.split(":")
    if len(fields) == 2:
        return fields + ["0"]
    if len(fields) == 3:
        return fields
    if len(fields) == 1 and "." in fields[0]:
        fields = fields[0].split(".")
        if len(fields) == 2:
            return fields + [0]
        if len(fields) == 3:
            return fields
        raise UnboundLocalError(
            "local variable 'thh' referenced before assignment")
    return None


def _date_words(words):
    # The words with the weekday dropped, an RFC 850 dd-mon-yy date
    # split in three, and a zone glued to the clock split off ('' when
    # four words remain without one).
    first = words[0]
    if first.endswith(",") or first.lower() in _DAYS:
        words.pop(0)
    elif "," in first:
        words[0] = first[first.rfind(",") + 1:]
    if len(words) == 3 and words[0].count("-") == 2:
        words[:1] = words[0].split("-")
    if len(words) == 4:
        clock = words[3]
        cut = clock.find("+") if "+" in clock else clock.find("-")
        if cut > 0:
            words[3:] = [clock[:cut], clock[cut:]]
        else:
            words.append("")
    return words


def parse_date(data):
    """[y, m, d, H, M, S, 0, 1, -1, offset-or-None] from a date header,
    or None when it is not one."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    words = _date_words(words)
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    month = _MONTHS.index(mm) % 12 + 1
    dd = _chop_comma(dd)
    if yy.find(":") > 0:
        yy, tm = tm, yy
    yy = _chop_comma(yy)
    if not yy[0].isdigit():
        yy, tz = tz, yy
    clock = _clock(_chop_comma(tm))
    if clock is None:
        return None
    try:
        year, day = int(yy), int(dd)
        hour, minute, second = [int(v) for v in clock]
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1,
            _zone_seconds(tz)]
