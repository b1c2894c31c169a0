// Loopback servers for recording: HTTP statuses by path, a reset, a hang.
import http from 'node:http'
const port = Number(process.argv[2])
const srv = http.createServer((req, res) => {
  const m = /^\/(\d{3})\//.exec(req.url)
  if (m) {
    const status = Number(m[1])
    res.writeHead(status, { 'content-type': 'text/plain' })
    res.end(status === 403 ? '{"message":"API rate limit exceeded for 1.2.3.4."}' : 'nope')
    return
  }
  if (req.url.startsWith('/reset/')) {
    req.socket.destroy()
    return
  }
  if (req.url.startsWith('/partial/')) {
    res.writeHead(200, { 'content-length': '100000' })
    res.write('x'.repeat(100))
    setTimeout(() => req.socket.destroy(), 50)
    return
  }
  if (req.url.startsWith('/hang/')) return
  res.writeHead(404)
  res.end('?')
})
srv.listen(port, '127.0.0.1')
