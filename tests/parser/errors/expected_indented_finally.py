try:
    x
finally:
pass
