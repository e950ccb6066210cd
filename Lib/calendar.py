"""Calendars as data, text and HTML (CPython 3.6's calendar module).

Weeks start on Monday unless told otherwise (setfirstweekday(SUNDAY), or
the firstweekday argument of the Calendar classes); weekdays are numbered
0 (Monday) to 6 (Sunday), months 1 to 12.  Dates go through datetime, so
years outside 1..9999 are refused as datetime refuses them.  This
interpreter has no locale support: every name is the English one, and the
Locale* classes differ from the others only by their locale attribute.
"""

import datetime
import os
import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader"]

class IllegalMonthError(ValueError):
    """A month number outside 1..12; the number is the month attribute."""

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)

    def __init__(self, month):
        super().__init__(month)
        self.month = month


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6; the number is the weekday attribute."""

    def __str__(self):
        return ('bad weekday number %r; must be 0 (Monday) to 6 (Sunday)'
                % (self.weekday,))

    def __init__(self, weekday):
        super().__init__(weekday)
        self.weekday = weekday


# The module's errors are ValueErrors; this is their old name.
error = ValueError

January = 1
February = 2

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# Length of each month in a common year; mdays[0] is a placeholder so that
# months index it directly.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


# Names.  CPython reads them from the C library's locale through strftime
# (the format attribute says which directive); here they are the C
# locale's, which is English.

_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday')


class _NameSequence:
    # A read-only sequence of names: indexing and slicing as a list does.

    def __init__(self, names, format):
        self._names = list(names)
        self.format = format

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


class _localized_month(_NameSequence):
    # Month names; item 0 is the empty string.

    def __init__(self, format):
        long_form = format == '%B'
        super().__init__([''] + [name if long_form else name[:3]
                                 for name in _MONTH_NAMES], format)


class _localized_day(_NameSequence):
    # Weekday names, Monday first.

    def __init__(self, format):
        long_form = format == '%A'
        super().__init__([name if long_form else name[:3]
                          for name in _DAY_NAMES], format)


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


# Arithmetic on years and months.

def isleap(year):
    """Whether year is a leap year of the Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2.
    (Negative when y2 comes before y1.)"""
    def leaps_before(year):
        # leap years from 1 to year - 1 (negative below year 1)
        year -= 1
        return year // 4 - year // 100 + year // 400
    return leaps_before(y2) - leaps_before(y1)


def weekday(year, month, day):
    """The weekday (0 is Monday) of a date; years must be in 1..9999."""
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) for a month of a year."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    length = mdays[month]
    if month == February and isleap(year):
        length += 1
    return first, length


def _in_rows(items, width):
    # items cut into consecutive lists of width (the last may be shorter);
    # none for a negative width.
    if width == 0:
        raise ValueError('range() arg 3 must not be zero')
    return [items[start:start + width] for start in range(0, len(items), width)]


class Calendar(object):
    """Month and year layouts as data: weeks of seven days, starting on
    firstweekday (0 is Monday, 6 is Sunday).  Days outside the month fill
    the first and last weeks."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        # Any integer is kept as given and read modulo 7.
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order of a week's columns."""
        start = self.firstweekday
        for column in range(start, start + 7):
            yield column % 7

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for the padding days."""
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = -(lead + length) % 7
        yield from (0,) * lead
        yield from range(1, length + 1)
        yield from (0,) * trail

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs for the month's weeks, day 0 for the
        padding days."""
        column = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, column % 7
            column += 1

    def itermonthdates(self, year, month):
        """datetime.date objects for every day of the month's weeks,
        padding days (of the months around) included.  Weeks that would
        leave datetime's range raise OverflowError at the start of year 1
        and end early at the end of year 9999."""
        first = datetime.date(year, month, 1)
        lead = (first.weekday() - self.firstweekday) % 7
        start = first - datetime.timedelta(days=lead)
        cells = lead + monthrange(year, month)[1]
        cells += -cells % 7
        for offset in range(cells):
            try:
                yield start + datetime.timedelta(days=offset)
            except OverflowError:
                return

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of 7 dates."""
        return _in_rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks, each a list of 7 (day, weekday)
        pairs; day 0 stands for a padding day."""
        return _in_rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks, each a list of 7 day numbers;
        0 stands for a padding day."""
        return _in_rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The twelve monthdatescalendar()s of the year in rows of width
        months."""
        return _in_rows([self.monthdatescalendar(year, m)
                         for m in range(January, January + 12)], width)

    def yeardays2calendar(self, year, width=3):
        """yeardatescalendar() with (day, weekday) pairs for dates."""
        return _in_rows([self.monthdays2calendar(year, m)
                         for m in range(January, January + 12)], width)

    def yeardayscalendar(self, year, width=3):
        """yeardatescalendar() with day numbers for dates."""
        return _in_rows([self.monthdayscalendar(year, m)
                         for m in range(January, January + 12)], width)


class TextCalendar(Calendar):
    """Calendars as plain text: each day is a column of width w, columns
    are one space apart, and months of a year are c spaces apart."""

    # Building blocks.

    def formatday(self, day, weekday, width):
        """One day's column: its number, or blanks for a padding day."""
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        """One week: (day, weekday) pairs as columns of width."""
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday's name cut to width (full names from width 9)."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The weekday names over a week's columns."""
        return ' '.join([self.formatweekday(wd, width)
                         for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and year), centered in width."""
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prweek(self, theweek, width):
        """Print one week (formatweek), followed by a space, not a newline."""
        print(self.formatweek(theweek, width), end=' ')

    # Whole months and years.

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month: a title line, the weekday names, then its weeks; day
        columns w wide (2 at least), each line followed by l newlines
        (1 at least), trailing blanks removed."""
        w = max(2, w)
        newlines = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w)
                     for week in self.monthdays2calendar(theyear, themonth))
        return ''.join([line.rstrip() + newlines for line in lines])

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year: its number centered on top, then the months m to a row,
        c spaces apart (2 at least); w and l as for formatmonth()."""
        w = max(2, w)
        newlines = '\n' * max(1, l)
        gap = max(2, c)
        colwidth = 7 * (w + 1) - 1
        out = [repr(theyear).center(colwidth * m + gap * (m - 1)).rstrip(),
               newlines]
        header = self.formatweekheader(w)

        def line(columns):
            out.append(formatstring(columns, colwidth, gap).rstrip())
            out.append(newlines)

        for row_number, row in enumerate(self.yeardays2calendar(theyear, m)):
            first_month = row_number * m + 1
            months = range(first_month, min(first_month + m, 13))
            out.append(newlines)
            line([self.formatmonthname(theyear, k, colwidth, False)
                  for k in months])
            line([header for k in months])
            for week in range(max(len(cal) for cal in row)):
                line([self.formatweek(cal[week], w) if week < len(cal) else ''
                      for cal in row])
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()."""
        print(self.formatyear(theyear, w, l, c, m))


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    # CSS classes of the weekdays, Monday first.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    def formatday(self, day, weekday):
        """One day's table cell."""
        if not day:
            return '<td class="noday">&nbsp;</td>'
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One week's table row."""
        cells = ''.join([self.formatday(day, wd) for day, wd in theweek])
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        """A weekday's header cell."""
        return '<th class="%s">%s</th>' % (self.cssclasses[day], day_abbr[day])

    def formatweekheader(self):
        """The row of weekday header cells."""
        cells = ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The month's title row."""
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="month">%s</th></tr>' % title

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table, one row per line."""
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="month">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week)
                    for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return ''.join([row + '\n' for row in rows])

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, width months to a row."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="year">\n',
                 '<tr><th colspan="%d" class="year">%s</th></tr>'
                 % (width, theyear)]
        for first in range(January, January + 12, width):
            parts.append('<tr>')
            for k in range(first, min(first + width, 13)):
                parts.append('<td>%s</td>'
                             % self.formatmonth(theyear, k, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """A whole XHTML page for the year, as bytes in encoding
        (sys.getdefaultencoding() by default); css names a stylesheet to
        link, or is None."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; '
                'charset=%s" />' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />'
                        % css)
        page += ['<title>Calendar for %d</title>' % theyear, '</head>',
                 '<body>', self.formatyear(theyear, width) + '</body>',
                 '</html>', '']
        return '\n'.join(page).encode(encoding, 'xmlcharrefreplace')


# Locale-aware calendars.  With no locale support their names are the
# English ones: they keep the locale they were given, and otherwise take it
# from the environment as locale.getdefaultlocale() would.

def _environment_locale():
    for variable in ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE'):
        value = os.environ.get(variable)
        if value:
            break
    else:
        return None, None
    name, _, encoding = value.split(':')[0].partition('.')
    encoding = encoding.split('@')[0]
    if encoding.lower().replace('-', '') == 'utf8':
        encoding = 'UTF-8'
    if name in ('C', 'POSIX'):
        # glibc's C.UTF-8 is English in UTF-8; the plain C locale is none.
        return ('en_US', encoding) if encoding == 'UTF-8' else (None, None)
    return name, encoding or None


class different_locale:
    """Context manager that would switch the LC_TIME locale; names do not
    depend on the locale here, so it leaves everything as it is."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        return None


class LocaleTextCalendar(TextCalendar):
    """TextCalendar that names months and weekdays in a locale."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _environment_locale() if locale is None else locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar that names months and weekdays in a locale."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _environment_locale() if locale is None else locale


# The module-level functions are those of one shared TextCalendar.

c = TextCalendar()

calendar = c.formatyear
firstweekday = c.getfirstweekday
month = c.formatmonth
monthcalendar = c.monthdayscalendar
prcal = c.pryear
prmonth = c.prmonth
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader


def setfirstweekday(firstweekday):
    """Set the first weekday (0 is Monday, 6 Sunday) of the module-level
    functions' calendars."""
    if MONDAY <= firstweekday <= SUNDAY:
        c.firstweekday = firstweekday
    else:
        raise IllegalWeekdayError(firstweekday)


# Columns of text side by side, as the year views lay out months.
_colwidth = 7 * 3 - 1     # a week of 2-wide days, 1 space apart
_spacing = 6              # between columns


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols, each centered in colwidth, spacing blanks apart."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


# POSIX time.

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (year, month, day,
    hour, minute, second, ...), the inverse of time.gmtime().  Day, hour,
    minute and second may run over their usual ranges."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# The command line: python -m calendar [options] [year [month]].

def _command_line_parser():
    import argparse
    parser = argparse.ArgumentParser()
    text = parser.add_argument_group('text only arguments')
    html = parser.add_argument_group('html only arguments')
    for short, name, default, what in (
            ('-w', 'width', 2, 'width of date column'),
            ('-l', 'lines', 1, 'number of lines for each week'),
            ('-s', 'spacing', 6, 'spacing between months'),
            ('-m', 'months', 3, 'months per row')):
        text.add_argument(short, '--' + name, type=int, default=default,
                          help='%s (default %d)' % (what, default))
    html.add_argument('-c', '--css', default='calendar.css',
                      help='CSS to use for page')
    parser.add_argument(
        '-L', '--locale', default=None,
        help='locale to be used from month and weekday names')
    parser.add_argument('-e', '--encoding', default=None,
                        help='encoding to use for output')
    parser.add_argument('-t', '--type', default='text',
                        choices=('text', 'html'),
                        help='output type (text or html)')
    parser.add_argument('year', nargs='?', type=int,
                        help='year number (1-9999)')
    parser.add_argument('month', nargs='?', type=int,
                        help='month number (1-12, text only)')
    return parser


def main(args):
    """Print the calendar the command line args (args[0] is the program)
    asks for: a year (this one by default) or one month of it, as text or
    as an HTML page."""
    parser = _command_line_parser()
    opts = parser.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        parser.error('if --locale is specified --encoding is required')
    year = datetime.date.today().year if opts.year is None else opts.year
    chosen = (opts.locale, opts.encoding)
    if opts.type == 'html':
        if opts.month is not None:
            parser.error('incorrect number of arguments')
        cal = LocaleHTMLCalendar(locale=chosen) if opts.locale else \
            HTMLCalendar()
        page = cal.formatyearpage(
            year, encoding=opts.encoding or sys.getdefaultencoding(),
            css=opts.css)
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=chosen) if opts.locale else TextCalendar()
    if opts.month is None:
        out = cal.formatyear(year, w=opts.width, l=opts.lines,
                             c=opts.spacing, m=opts.months)
    else:
        out = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(out.encode(opts.encoding))
    else:
        sys.stdout.write(out)


if __name__ == '__main__':
    main(sys.argv)
