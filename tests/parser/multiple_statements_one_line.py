x = 1; y = 2
if x: a; b; c
while y: y -= 1; continue
for i in x: pass; pass
