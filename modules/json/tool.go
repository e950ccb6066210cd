package json

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// toolSource is json.tool, run as "python -m json.tool [infile
// [outfile]] [--sort-keys]": it checks a JSON document and writes it
// back indented by four spaces, keys in document order unless sorted.
const toolSource = `import argparse
import collections
import json
import sys


def _arguments():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module '
                    'to validate and pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', type=argparse.FileType(),
                        help='a JSON file to be validated or pretty-printed')
    parser.add_argument('outfile', nargs='?', type=argparse.FileType('w'),
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically '
                             'by key')
    return parser.parse_args()


def main():
    """Read, check and pretty-print one JSON document."""
    args = _arguments()
    source = args.infile or sys.stdin
    target = args.outfile or sys.stdout
    hook = None if args.sort_keys else collections.OrderedDict
    with source:
        try:
            value = json.load(source, object_pairs_hook=hook)
        except ValueError as err:
            raise SystemExit(err)
    with target:
        json.dump(value, target, sort_keys=args.sort_keys, indent=4)
        target.write('\n')


if __name__ == '__main__':
    main()
`

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "json.tool", Doc: "Command-line tool to validate and pretty-print JSON", FileDesc: vm.EmbeddedFile("json.tool", false)},
		CodeSrc: toolSource,
	})
	pyutil.SourceLines.Embed(vm.EmbeddedFile("json.tool", false), toolSource)
}
