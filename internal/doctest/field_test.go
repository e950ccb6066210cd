package doctest

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFieldRoundTrip(t *testing.T) {
	strs := []string{"", "a", "two\nlines\n", "é and 中", "-", "12\n", "\x00"}
	var b bytes.Buffer
	for i := range strs {
		putField(&b, &strs[i])
		putField(&b, nil)
	}
	rest := b.Bytes()
	for _, want := range strs {
		got, r, err := nextField(rest)
		require.NoError(t, err)
		require.NotNil(t, got)
		assert.Equal(t, want, *got)
		got, rest, err = nextField(r)
		require.NoError(t, err)
		assert.Nil(t, got)
	}
	assert.Empty(t, rest)
}

func TestNextFieldBad(t *testing.T) {
	for name, in := range map[string]string{
		"no header end":  "12",
		"not a number":   "x\nabc",
		"negative":       "-1\n",
		"plus sign":      "+1\na",
		"too long":       "5\nabc",
		"empty header":   "\nabc",
		"space in front": " 1\na",
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := nextField([]byte(in))
			assert.Error(t, err)
		})
	}
	got, _, err := nextField([]byte("3\n\xed\xa0\x80"))
	require.NoError(t, err)
	assert.Equal(t, "\uFFFD", *got, "a lone surrogate reads as U+FFFD")
}

func TestReadReplay(t *testing.T) {
	exc := "ValueError: x\n"
	var b bytes.Buffer
	putField(&b, nil)
	for _, f := range []*string{ptr("1\n"), nil, ptr(""), &exc} {
		putField(&b, f)
	}
	res, err := readReplay(b.Bytes(), 2)
	require.NoError(t, err)
	assert.Nil(t, res.Fixture)
	require.Len(t, res.Examples, 2)
	assert.Equal(t, "1\n", res.Examples[0].Out)
	assert.Nil(t, res.Examples[0].Exc)
	assert.Equal(t, exc, *res.Examples[1].Exc)

	_, err = readReplay(b.Bytes(), 3)
	assert.Error(t, err, "fewer results than examples")
	_, err = readReplay(append(b.Bytes(), '-', '\n'), 2)
	assert.Error(t, err, "trailing data")
	_, err = readReplay([]byte("-\n-\n-\n"), 1)
	assert.Error(t, err, "absent output")
}

func ptr(s string) *string { return &s }
