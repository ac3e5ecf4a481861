try:
    x
except E as e:
pass
