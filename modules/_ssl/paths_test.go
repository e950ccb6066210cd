package _ssl_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

func TestGetDefaultVerifyPaths(t *testing.T) {
	p := _ssl.GetDefaultVerifyPaths()
	assert.Equal(t, "SSL_CERT_FILE", p.CAFileEnv)
	assert.Equal(t, "SSL_CERT_DIR", p.CAPathEnv)
	assert.NotEmpty(t, p.CAFile)
	assert.NotEmpty(t, p.CAPath)
}
