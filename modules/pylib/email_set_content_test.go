package pylib_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of EmailMessage.set_content with non-ASCII text
// against CPython 3.6: the transfer encoding the default policy picks
// (7bit, 8bit, quoted-printable, base64), the charset parameter, line
// lengths, and as_string()/as_bytes() byte for byte (as_string re-encodes
// an 8bit body for its charset, as 3.6's generator does).

const emailSetContentPrelude = pytesting.ShowRepr + `import re
import email
from email.message import EmailMessage
def flat(*args, **kw):
    m = EmailMessage()
    m.set_content(*args, **kw)
    return m.as_string(), m.as_bytes(), m.get_content(), m["Content-Transfer-Encoding"]
def multi():
    m = EmailMessage()
    m.set_content("plain")
    m.add_alternative("<p>h\u00e9llo</p>", subtype="html")
    m.add_attachment("pi\u00e8ce jointe\n", filename="a.txt")
    s, b = m.as_string(), m.as_bytes()
    return re.sub(r"=+\d+==", "B", s), re.sub(rb"=+\d+==", b"B", b)
`

var emailSetContentCases = []pytesting.Case{
	{"8bit utf-8", `flat("h\u00e9llo w\u00f6rld\n")`},
	{"long line qp", `flat("h\u00e9llo\n" + "x" * 80 + "\n")`},
	{"long line base64", `flat("\u00e9" * 100)`},
	{"many lines qp", `flat("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl \u00e9" + "z" * 90)`},
	{"many lines base64", `flat("\u00e9\u00e8\u00ea\u00eb" * 30 + "\n" + "\n".join("line %d" % i for i in range(15)))`},
	{"trailing spaces qp", `flat("ab \u00e9" + " " * 3 + "\n" + "q" * 200 + "\u00e9\n")`},
	{"latin-1 8bit", `flat("caf\u00e9", charset="latin-1")`},
	{"latin-1 long", `flat("caf\u00e9 " * 30, charset="latin-1")`},
	{"latin_1 alias", `flat("na\u00efve\n", charset="latin_1")`},
	{"iso-8859-15", `flat("\u20ac 5\n", charset="iso-8859-15")`},
	{"cte qp", `flat("caf\u00e9", cte="quoted-printable")`},
	{"cte base64", `flat("caf\u00e9", cte="base64")`},
	{"cte 8bit", `flat("caf\u00e9", cte="8bit")`},
	{"cte 7bit non-ascii", `flat("caf\u00e9", cte="7bit")`},
	{"cte 7bit ascii", `flat("cafe", cte="7bit")`},
	{"cte unknown", `flat("caf\u00e9", cte="weird")`},
	{"cjk short", `flat("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\n" * 3)`},
	{"cjk long", `flat("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8" * 20)`},
	{"ascii charset error", `flat("caf\u00e9", subtype="html", charset="ascii")`},
	{"ascii charset", `flat("cafe", charset="ascii")`},
	{"ascii in latin-1", `flat("plain ascii", charset="latin-1")`},
	{"qp whitespace", `flat("tab\tend \nsp \n" + "\u00e9" * 30 + "\t\n" + "x" * 74 + " \n", cte="quoted-printable")`},
	{"qp split escape", `flat("x" * 73 + "\u00e9" + "y" * 10, cte="quoted-printable")`},
	{"qp equals", `flat("a=b \u00e9 c=d" + "=" * 40 + "\u00e9" * 20, cte="quoted-printable")`},
	{"qp control", `flat("bell\x07 \x0c form\u00e9\n", cte="quoted-printable")`},
	{"disposition filename", `flat("\u00ff" * 40, disposition="inline", filename="f.txt")`},
	{"line ends", `flat("h\u00e9llo\r\nw\u00f6rld\rthree\n")`},
	{"empty", `flat("")`},
	{"headers", `flat("\u00e9", headers=["X-Foo: bar"])`},
	{"params", `flat("\u00e9", params={"format": "flowed"})`},
	{"html subtype", `flat("<b>\u00e9t\u00e9</b>\n", "html")`},
	{"exactly 78", `flat("\u00e9" + "x" * 76)`},
	{"79 bytes", `flat("\u00e9" + "x" * 77)`},
	{"multipart", `multi()`},
	{"str()", `(lambda m: (m.set_content("\u00e9t\u00e9\n"), str(m))[1])(EmailMessage())`},
	{"parse back", `(lambda m: (m.set_content("h\u00e9llo\n" + "\u00e9" * 90), email.message_from_bytes(m.as_bytes()).get_payload(decode=True)))(EmailMessage())`},
	{"parse back 8bit", `(lambda m: (m.set_content("h\u00e9llo\n"), email.message_from_bytes(m.as_bytes()).get_payload(decode=True)))(EmailMessage())`},
	{"payload", `(lambda m: (m.set_content("\u00e9\n"), m.get_payload(), m.get_payload(decode=True)))(EmailMessage())`},
}

// emailRandomCases are pseudo-random texts (a fixed seed) mixing ASCII,
// accented and wide characters, spaces, tabs and lines of every length,
// so that each transfer encoding and the quoted-printable line breaking
// meet many shapes.
func emailRandomCases() []pytesting.Case {
	r := rand.New(rand.NewSource(2045))
	alphabet := []string{"a", "b", "z", " ", "\t", "=", "\u00e9", "\u00fc", "\u20ac", "\u65e5", ".", "-"}
	var out []pytesting.Case
	for i := range 16 {
		var lines []string
		for range 1 + r.Intn(14) {
			var b strings.Builder
			n := r.Intn(110)
			for range n {
				// mostly ASCII, so that every encoding gets chosen
				if r.Intn(6) == 0 {
					b.WriteString(alphabet[r.Intn(len(alphabet))])
				} else {
					b.WriteByte(byte('a' + r.Intn(26)))
				}
			}
			lines = append(lines, b.String())
		}
		charset := []string{"utf-8", "utf-8", "latin-1", "iso-8859-15"}[i%4]
		text := strings.Join(lines, "\n")
		if charset != "utf-8" {
			text = strings.NewReplacer("\u20ac", "e", "\u65e5", "j").Replace(text)
		}
		if charset == "latin-1" {
			text = strings.ReplaceAll(text, "\u20ac", "E")
		}
		cte := []string{"None", "None", "None", `"quoted-printable"`, `"base64"`}[i%5]
		out = append(out, pytesting.Case{
			Name: fmt.Sprintf("random %d", i),
			Expr: fmt.Sprintf(`flat(%q, charset=%q, cte=%s)`, text, charset, cte),
		})
	}
	return out
}

func TestEmailSetContentDifferential(t *testing.T) {
	cases := append(append([]pytesting.Case{}, emailSetContentCases...), emailRandomCases()...)
	pytesting.DiffCases(t, "email_set_content", emailSetContentPrelude, cases)
}
