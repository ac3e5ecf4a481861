try:
    try:
        a
    except E as e:
        raise F from e
except F:
    pass
