// Copy of go.etcd.io/etcd/server/v3/main.go (v3.7.0): the etcd server.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
