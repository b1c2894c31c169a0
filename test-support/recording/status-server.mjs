import http from 'node:http'
const [port, status] = process.argv.slice(2).map(Number)
http
  .createServer((req, res) => {
    res.writeHead(status)
    res.end('')
  })
  .listen(port, '127.0.0.1')
