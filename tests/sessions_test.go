package tests

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	notResumed12NoTicket = "first: reused False has_ticket False timeout>0 True time>0 True lifetime_hint>=0 True\nsecond: reused False\nthird: reused False\n"
	resumed12NoTicket    = "first: reused False has_ticket False timeout>0 True time>0 True lifetime_hint>=0 True\nsecond: reused True\nthird: reused True\n"
	resumedWithTicket    = "first: reused False has_ticket True timeout>0 True time>0 True lifetime_hint>=0 True\nsecond: reused True\nthird: reused True\n"
	serverSideSession    = "server-side session: ValueError session can only be specified in client mode\n"
)

// TestSessionsAgainstOpenSSLServer: resumption through wrap_socket(session=)
// and through .session, TLS 1.3 tickets and TLS 1.2 session ids
// (OP_NO_TICKET), against openssl s_server; CPython prints the same.
func TestSessionsAgainstOpenSSLServer(t *testing.T) {
	p := testPKI(t)
	needOpenSSL(t)
	py3 := python3Path()
	for _, tc := range []struct {
		name       string
		serverArgs []string
		clientArgs []string
		want       string
	}{
		{"TLS 1.3 tickets", []string{"-tls1_3"}, []string{"--reverse"}, resumedWithTicket},
		{"TLS 1.2 tickets", []string{"-tls1_2"}, []string{"--reverse", "--tls12"}, resumedWithTicket},
		// Without tickets, s_server resumes neither CPython's nor our
		// sessions: OP_NO_TICKET takes effect.
		{"TLS 1.2 OP_NO_TICKET", []string{"-tls1_2"}, []string{"--reverse", "--tls12", "--no-ticket"}, notResumed12NoTicket},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 3
			if py3 != "" {
				n = 6
			}
			port := opensslServer(t, n, append([]string{"-cert", p.ECDSA, "-key", p.ECDSA}, tc.serverArgs...)...)
			args := append([]string{script("sessions.py"), strconv.Itoa(port), p.CA}, tc.clientArgs...)
			r := gpython(t, args...)
			require.Equal(t, 0, r.Code, r.Stderr)
			assert.Equal(t, tc.want+serverSideSession, r.Stdout)
			if py3 != "" {
				ref := runCmd(t, 60*time.Second, py3, args...)
				assert.Equal(t, ref.Stdout, r.Stdout, "CPython prints the same")
			}
		})
	}
}

// TestSessionsServerStats: a gpython-ssl server counts resumptions in
// session_stats(), for gpython-ssl and CPython clients. With TLS 1.3
// tickets both servers resume. Without tickets (TLS 1.2, OP_NO_TICKET) a
// gpython-ssl server resumes from its session cache, as the spec says a
// server context does ("It also manages a cache of SSL sessions for
// server-side sockets"); CPython 3.11's server does not.
func TestSessionsServerStats(t *testing.T) {
	p := testPKI(t)
	py3 := python3Path()
	type run struct{ server, client string }
	runs := []run{{binary, binary}}
	if py3 != "" {
		runs = append(runs, run{binary, py3}, run{py3, binary})
	} else {
		t.Log("python3 not found: CPython peers skipped")
	}
	for _, rr := range runs {
		noTicketClient, noTicketHits := resumed12NoTicket, "hits 2"
		if rr.server != binary {
			noTicketClient, noTicketHits = notResumed12NoTicket, "hits 0"
		}
		for _, tc := range []struct {
			name       string
			serverArgs []string
			clientArgs []string
			client     string
			hits       string
		}{
			{"TLS 1.3", nil, nil, resumedWithTicket, "hits 2"},
			{"TLS 1.2 no ticket", []string{"--tls12"}, []string{"--tls12", "--no-ticket"}, noTicketClient, noTicketHits},
		} {
			name := tc.name + " server=" + label(rr.server) + " client=" + label(rr.client)
			t.Run(name, func(t *testing.T) {
				port, srv := scriptServer(t, rr.server, append([]string{p.ECDSA, p.CA, "3", "--stats"}, tc.serverArgs...)...)
				args := append([]string{script("sessions.py"), strconv.Itoa(port), p.CA}, tc.clientArgs...)
				r := runCmd(t, 60*time.Second, rr.client, args...)
				require.Equal(t, 0, r.Code, r.Stderr)
				assert.Equal(t, tc.client+serverSideSession, r.Stdout)
				lines := srv.Wait(t, 30*time.Second)
				require.NotEmpty(t, lines)
				stats := lines[len(lines)-1]
				assert.True(t, strings.HasPrefix(stats, "STATS "+tc.hits+" "), stats)
				assert.True(t, strings.HasSuffix(stats, " accept_good 3"), stats)
			})
		}
	}
}

func label(interpreter string) string {
	if interpreter == binary {
		return "gpython"
	}
	if strings.HasSuffix(interpreter, "python3") {
		return "cpython"
	}
	return interpreter
}
