# Checks str(e) of KeyError (repr of the key) and IndexError messages for lists, tuples, strings, ranges and pops.
def msg(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", str(e), "|", repr(e))

msg(lambda: {}["name"])
msg(lambda: {}[42])
msg(lambda: {}[(1, "a")])
msg(lambda: {}[None])
msg(lambda: {}[""])
msg(lambda: {}[2.5])
msg(lambda: [1, 2][2])
msg(lambda: [1, 2][-3])
msg(lambda: (1,)[1])
msg(lambda: "ab"[5])
msg(lambda: range(3)[3])
msg(lambda: [].pop())
msg(lambda: [1].pop(4))
msg(lambda: b"x"[1])

def assign():
    lst = [0]
    lst[1] = 5

msg(assign)

def delete():
    lst = [0]
    del lst[1]

msg(delete)

def delkey():
    d = {"a": 1}
    del d["b"]

msg(delkey)
msg(lambda: set().pop())
msg(lambda: {1}.remove(2))
msg(lambda: [1, 2].index(3))
msg(lambda: [1].remove(9))
msg(lambda: "abc".index("z"))
msg(lambda: (1, 2).index(5))
