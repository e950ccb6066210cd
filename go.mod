module github.com/gpython-ssl/gpython-ssl

go 1.26.8

require (
	github.com/go-python/gpython v0.2.1-0.20260302130241-444ae5ed29cf
	github.com/peterh/liner v1.2.2
	github.com/petermattis/goid v0.0.0-20261109124353-7cfa343ad0ab
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/rivo/uniseg v0.3.4 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/sys v0.0.0-20220817070843-5a390386f1f2 // indirect
)
