with a as [b, c]:
    pass
with a as b[0], c as d.e:
    pass
with a as (b):
    pass
