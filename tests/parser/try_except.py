try:
    a
except:
    b
try:
    a
except E:
    b
except (E, F) as e:
    c
else:
    d
finally:
    e
try:
    a
finally:
    b
