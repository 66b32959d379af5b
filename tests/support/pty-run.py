# Runs a command on a pseudo-terminal of a given width and plays a script of keystrokes, each
# sent once the output so far contains what the step waits for. Prints everything the
# terminal showed, then "EXIT <code>". Usage: pty-run.py COLUMNS SCRIPT_JSON -- command...
import json, os, pty, select, struct, sys, time, fcntl, termios

columns = int(sys.argv[1])
script = json.loads(sys.argv[2])
argv = sys.argv[sys.argv.index('--') + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, columns, 0, 0))
out = b''

def pump(until, seconds):
    global out
    end = time.time() + seconds
    while time.time() < end and (until is None or until.encode() not in out):
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            out += chunk

for step in script:
    if step.get('wait'):
        pump(step['wait'], 60)
    os.write(fd, step['send'].encode())
    pump(None, 0.3)
pump(None, 2)
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf8', 'replace'))
sys.stdout.write('\nEXIT %d\n' % os.waitstatus_to_exitcode(status))
