package dev.b2cemulator.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import okhttp3.OkHttpClient;

/**
 * What {@code /etc/hosts} and a trusted CA do on a test machine, inside the JVM: the
 * given host names resolve to the loopback address, port 443 leads to the emulator's
 * HTTPS port, and the emulator's CA is the only trust. Any other name, or any address
 * that is not loopback, is refused and recorded: nothing can leave the machine.
 */
public final class LoopbackTransport {

    private final Set<String> hostnames;

    private final int httpsPort;

    private final X509TrustManager trust;

    private final SSLContext tls;

    private final List<String> refused = new CopyOnWriteArrayList<>();

    public LoopbackTransport(Set<String> hostnames, int httpsPort, String caPem) throws Exception {
        this.hostnames = hostnames;
        this.httpsPort = httpsPort;
        TrustManagerFactory factory = EmulatorHttps.trustingOnly(caPem);
        this.trust = (X509TrustManager) factory.getTrustManagers()[0];
        this.tls = SSLContext.getInstance("TLS");
        this.tls.init(null, factory.getTrustManagers(), null);
    }

    /** The names and sockets of this transport on an OkHttp client. */
    public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        return builder.dns(this::lookup)
            .socketFactory(new RedirectingSocketFactory())
            .sslSocketFactory(tls.getSocketFactory(), trust)
            .proxy(Proxy.NO_PROXY);
    }

    /** Every lookup or connection that was refused; empty when nothing tried to leave. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private List<InetAddress> lookup(String host) throws UnknownHostException {
        if (!hostnames.contains(host)) {
            refused.add("lookup " + host);
            throw new UnknownHostException(host + " is not mapped to the emulator in this test");
        }
        return List.of(InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }));
    }

    private final class RedirectingSocketFactory extends SocketFactory {

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    InetSocketAddress address = (InetSocketAddress) endpoint;
                    if (!address.getAddress().isLoopbackAddress()) {
                        refused.add("connect " + address);
                        throw new ConnectException(address + " is not the loopback address");
                    }
                    int port = address.getPort() == 443 ? httpsPort : address.getPort();
                    super.connect(new InetSocketAddress(address.getAddress(), port), timeout);
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

    }

}
