package newmods_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Interoperation of xmlrpc with CPython 3.6's, over HTTP and HTTPS: a
// client of ours calls a CPython 3.6 server, and a CPython 3.6 client
// calls a server of ours; each must print what a CPython 3.6 client
// printed against a CPython 3.6 server.

// interopServer serves until a client calls stop(). argv: port file,
// then certificate and key files for HTTPS (or nothing for HTTP).
const interopServer = `import sys, threading
import xmlrpc.client as xc
import xmlrpc.server as xs

class Calc:
    def add(self, a, b):
        "Add two values."
        return a + b

def boom():
    raise KeyError("missing")

def fault():
    raise xc.Fault(7, "seven")

def echo(*args):
    return list(args)

srv = xs.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
srv.register_function(echo)
srv.register_function(boom)
srv.register_function(fault)
srv.register_instance(Calc())
srv.register_introspection_functions()
srv.register_multicall_functions()

def stop():
    threading.Thread(target=srv.shutdown).start()
    return "stopping"
srv.register_function(stop)

if len(sys.argv) > 2:
    import ssl
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[2], sys.argv[3])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)

with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
import os
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
srv.serve_forever()
srv.server_close()
`

// interopClient makes its calls and prints the results. argv: port, then
// the CA file for HTTPS.
const interopClient = `import sys, datetime
import xmlrpc.client as xc
port = int(sys.argv[1])
if len(sys.argv) > 2:
    import ssl
    ctx = ssl.create_default_context(cafile=sys.argv[2])
    p = xc.ServerProxy("https://localhost:%d/RPC2" % port, allow_none=True, context=ctx)
else:
    p = xc.ServerProxy("http://127.0.0.1:%d/" % port, allow_none=True)
pb = None

def show(label, f):
    try:
        print(label, repr(f()))
    except xc.Fault as e:
        print(label, "fault", e.faultCode, e.faultString)
    except xc.ProtocolError as e:
        print(label, "protocol", e.errcode, e.errmsg)

show("add", lambda: p.add(2, 3))
show("add str", lambda: p.add("é", "ß"))
show("echo", lambda: p.echo(1, 2.5, True, None, "s", [1, [2]], {"k": {"n": None}}))
show("echo bytes", lambda: p.echo(b"\x00\xffdata")[0].data)
show("echo datetime", lambda: str(p.echo(datetime.datetime(2021, 5, 6, 7, 8, 9))[0]))
show("echo big list", lambda: len(p.echo(list(range(2000)))[0]))
show("boom", lambda: p.boom())
show("fault", lambda: p.fault())
show("missing", lambda: p.nosuch())
show("arity", lambda: p.add(1))
show("listMethods", lambda: p.system.listMethods())
show("methodHelp", lambda: p.system.methodHelp("add"))
def multi():
    m = xc.MultiCall(p)
    m.add(1, 2)
    m.boom()
    m.echo("x")
    r = m()
    out = [r[0], r[2]]
    try:
        r[1]
    except xc.Fault as e:
        out.append(e.faultString)
    return out
show("multicall", multi)
show("stop", lambda: p.stop())
`

func TestXmlrpcInterop(t *testing.T) {
	py36 := pytesting.CPython36()
	if py36 == "" {
		t.Skip("CPython 3.6 is not installed: the interoperation test needs it as the peer (the other xmlrpc tests use stored outputs)")
	}
	dir := t.TempDir()
	serverPy := filepath.Join(dir, "server.py")
	clientPy := filepath.Join(dir, "client.py")
	require.NoError(t, os.WriteFile(serverPy, []byte(interopServer), 0o644))
	require.NoError(t, os.WriteFile(clientPy, []byte(interopClient), 0o644))
	cert, key := writeTestCert(t, dir)

	for _, mode := range []string{"http", "https"} {
		t.Run(mode, func(t *testing.T) {
			var tlsServer, tlsClient []string
			if mode == "https" {
				tlsServer, tlsClient = []string{cert, key}, []string{cert}
			}
			// The reference: CPython 3.6 on both sides.
			port := startCPythonServer(t, py36, serverPy, tlsServer)
			want := runCPythonClient(t, py36, clientPy, port, tlsClient)
			require.Contains(t, want, "stop 'stopping'")

			t.Run("our client, CPython server", func(t *testing.T) {
				port := startCPythonServer(t, py36, serverPy, tlsServer)
				got, err := pytesting.RunArgs(t, interopClient, append([]string{"client.py", port}, tlsClient...))
				require.NoError(t, err, "output:\n%s", got)
				require.Equal(t, want, got)
			})
			t.Run("CPython client, our server", func(t *testing.T) {
				portFile := filepath.Join(t.TempDir(), "port")
				done := make(chan error, 1)
				go func() {
					_, err := pytesting.RunArgs(t, interopServer, append([]string{"server.py", portFile}, tlsServer...))
					done <- err
				}()
				port := waitPort(t, portFile)
				got := runCPythonClient(t, py36, clientPy, port, tlsClient)
				require.Equal(t, want, got)
				select {
				case err := <-done:
					require.NoError(t, err)
				case <-time.After(30 * time.Second):
					t.Fatal("our server did not stop")
				}
			})
		})
	}
}

// startCPythonServer runs the server script under CPython 3.6 and
// returns its port; the process is killed when the test ends.
func startCPythonServer(t *testing.T, py36, script string, tlsArgs []string) string {
	t.Helper()
	portFile := filepath.Join(t.TempDir(), "port")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	cmd := exec.CommandContext(ctx, py36, append([]string{script, portFile}, tlsArgs...)...)
	cmd.Env = pytesting.CPythonEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("CPython server's stderr:\n%s", stderr.String())
		}
	})
	return waitPort(t, portFile)
}

// runCPythonClient runs the client script under CPython 3.6 and returns
// its output.
func runCPythonClient(t *testing.T, py36, script, port string, tlsArgs []string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, py36, append([]string{script, port}, tlsArgs...)...)
	cmd.Env = pytesting.CPythonEnv()
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "CPython client:\n%s", out)
	return string(out)
}

// waitPort waits for a server to write its port to file.
func waitPort(t *testing.T, file string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(file); err == nil {
			return strings.TrimSpace(string(data))
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the server wrote no port")
	return ""
}

// writeTestCert writes a self-signed certificate for localhost and
// 127.0.0.1 and its key, and returns their file names.
func writeTestCert(t *testing.T, dir string) (certFile, keyFile string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "localhost"},
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	require.NoError(t, err)
	certFile = filepath.Join(dir, "cert.pem")
	keyFile = filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600))
	return certFile, keyFile
}
