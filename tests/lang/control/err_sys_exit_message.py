# Fails: sys.exit('message') prints the message on stderr and exits with status 1.
import sys

def main(args):
    if len(args) < 2:
        sys.exit("usage: prog NAME")
    print("hello", args[1])

print("argv length", len(sys.argv))
main(sys.argv)
