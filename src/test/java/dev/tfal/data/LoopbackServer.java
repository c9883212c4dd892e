package dev.tfal.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * An HTTP server on 127.0.0.1 serving one payload: {@code /ok} in full, {@code /truncated} cut
 * short, {@code /flaky} cut short on the first request only, {@code /missing} as 404, {@code
 * /stalled} half sent and then held open until the server closes (a slow server, for a client to be
 * killed mid-download). Requests are served concurrently.
 */
final class LoopbackServer implements AutoCloseable {
  final AtomicInteger requests = new AtomicInteger();

  /** Counted down once {@code /stalled} has sent its first half. */
  final CountDownLatch halfSent = new CountDownLatch(1);

  private final CountDownLatch closing = new CountDownLatch(1);
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpServer server;
  private final byte[] payload;

  LoopbackServer(byte[] payload) throws IOException {
    this.payload = payload.clone();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int full = payload.length;
    server.createContext("/ok", exchange -> send(exchange, request -> full));
    server.createContext("/truncated", exchange -> send(exchange, request -> full / 2));
    server.createContext("/flaky", exchange -> send(exchange, r -> r == 1 ? full / 2 : full));
    server.createContext("/stalled", this::stall);
    server.createContext(
        "/missing",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.setExecutor(executor);
    server.start();
  }

  private void stall(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    exchange.sendResponseHeaders(200, payload.length);
    OutputStream body = exchange.getResponseBody();
    body.write(Arrays.copyOf(payload, payload.length / 2));
    body.flush();
    halfSent.countDown();
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IOException("test server stalled after " + payload.length / 2 + " bytes");
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** A loopback URI nothing listens on, so connecting is refused. */
  static URI refusedUri() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/gone.tar.gz");
    }
  }

  /**
   * Announces the full length, sends as many bytes as {@code sentForRequest} says for this request
   * (numbered from 1), and drops the connection if that is short.
   */
  private void send(HttpExchange exchange, IntUnaryOperator sentForRequest) throws IOException {
    int sent = sentForRequest.applyAsInt(requests.incrementAndGet());
    exchange.sendResponseHeaders(200, payload.length);
    OutputStream body = exchange.getResponseBody();
    body.write(Arrays.copyOf(payload, sent));
    body.flush();
    if (sent < payload.length) {
      throw new IOException("test server drops the connection after " + sent + " bytes");
    }
    exchange.close();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
