import email, email.message, email.utils as u, datetime


def case(name, f):
    try:
        r = f()
        print(name, '=>', repr(r))
    except Exception as e:
        print(name, '!!', type(e).__name__, str(e))


def text_msg():
    m = email.message.Message()
    m['Subject'] = 'x'
    m.set_payload('body')
    return m


case('formataddr_nonascii_addr', lambda: u.formataddr(('Joe', 'jö@x')))
case('formataddr_b64', lambda: u.formataddr(('日本語の名前', 'j@x')))
case('replace_missing', lambda: text_msg().replace_header('To', 'x'))
case('payload_index', lambda: text_msg().get_payload(0))
case('attach_text', lambda: text_msg().attach(email.message.Message()))
case('usegmt_naive', lambda: u.format_datetime(datetime.datetime(2020, 1, 1), True))
case('usegmt_other_zone', lambda: u.format_datetime(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))), True))
case('format_aware', lambda: u.format_datetime(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))))
case('to_datetime_bad', lambda: u.parsedate_to_datetime('Mon, 1 Foo 2020 10:00'))
case('to_datetime_range', lambda: u.parsedate_to_datetime('31 Feb 2019 10:00 +0000'))
case('parsedate_dotted', lambda: u.parsedate_tz('1 Jan 2019 10.00'))
case('parsedate_dots4', lambda: u.parsedate_tz('1 Jan 2019 10.00.00.00 x'))
case('parsedate_empty_day', lambda: u.parsedate_tz('-Nov-2001 10:00 x'))
case('parsedate_colon_year', lambda: u.parsedate_tz('1 Jan 10:00:00 2019 GMT'))
case('parsedate_zone_plus', lambda: u.parsedate_tz('1 Jan 2019 10:00+0230'))
case('parsedate_zone_named', lambda: [u.parsedate_tz('1 Jan 2019 10:00 ' + z)[9] for z in ('UT', 'z', 'edt', 'CST', 'MDT', 'PST', 'XYZ')])
case('mktime_none', lambda: u.mktime_tz((2019, 1, 1, 0, 0, 0, 0, 1, 0, None)))
case('get_all_default', lambda: text_msg().get_all('nope', 'dflt'))
case('get_default', lambda: text_msg().get('nope', 7))
case('del_missing', lambda: (lambda m: (m.__delitem__('nope'), m.items()))(text_msg()))
case('iter_keys', lambda: list(text_msg()))
case('bad_ctype', lambda: email.message_from_string('Content-Type: text\n\nx').get_content_type())
case('ctype_params', lambda: email.message_from_string('Content-Type: Text/HTML; charset="UTF-8"\n\nx').get_content_type())
case('maintype', lambda: (text_msg().get_content_maintype(), text_msg().get_content_subtype(), text_msg().get_default_type()))
case('charset', lambda: email.message_from_string('Content-Type: text/plain; charset="UTF-8"\n\nx').get_content_charset())
case('add_header_flags', lambda: (lambda m: (m.add_header('Content-Disposition', 'attachment', filename='a b.txt', size=None), m.items()))(email.message.Message()))
case('add_header_bare', lambda: (lambda m: (m.add_header('X', None, a_b='c'), m.items()))(email.message.Message()))
case('unixfrom', lambda: (lambda m: (m.get_unixfrom(), m.as_string(unixfrom=True)))(email.message_from_string('From me Mon\nA: 1\n\nb')))
case('continuation_first', lambda: email.message_from_string(' x\nA: 1\n\nb').items())
case('crlf_bytes', lambda: email.message_from_bytes(b'A: 1\r\n\r\nb\r\n').as_bytes())
case('set_payload_bytes', lambda: (lambda m: (m.set_payload(b'abc'), m.get_payload()))(email.message.Message()))
case('str_msg', lambda: str(text_msg()))
case('getaddresses_many', lambda: u.getaddresses(['a@b', 'C <c@d>, (x) e@f', '']))
case('parseaddr_comment_name', lambda: u.parseaddr('Joe (the man) <j@x>'))
case('parseaddr_literal', lambda: u.parseaddr('j@[10.0.0.1]'))
case('parseaddr_double_at', lambda: u.getaddresses(['a@b@c']))
case('parseaddr_route', lambda: u.parseaddr('<@a,@b:c@d>'))
case('parseaddr_ws_local', lambda: (u.parseaddr('a b@c'), u.parseaddr('a . b@c'), u.parseaddr('<a >')))
case('parseaddr_nested_comment', lambda: u.parseaddr('x@y (a (b) c)'))
case('quote_roundtrip', lambda: u.unquote('"%s"' % u.quote('a"b\\c')))
case('rfc2231_encode', lambda: (u.encode_rfc2231('a b'), u.encode_rfc2231('ä', 'utf-8'), u.encode_rfc2231('x', 'us-ascii', 'en')))
case('msgid_default', lambda: u.make_msgid().count('@'))
