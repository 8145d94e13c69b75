package app.rekindle.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.rekindle.testsupport.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health probes and Prometheus metrics answer on the management port without a log-in, and the
 * public port does not know them at all.
 */
@ServerTest
class OperationsEndpointsTests {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health" })
	void reportsHealthOnTheManagementPortWithoutLogIn(String path) throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> response = get(this.managementPort, path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("details", "components");
	}

	@Test
	void servesPrometheusMetricsOnTheManagementPortIncludingTheAppsRequests() throws Exception {
		assertThat(get(this.port, "/login").statusCode()).isEqualTo(200);
		// The request's timer is recorded as its response completes, a moment after the client has it.
		Instant deadline = Instant.now().plusSeconds(10);
		HttpResponse<String> metrics;
		do {
			metrics = get(this.managementPort, "/actuator/prometheus");
			assertThat(metrics.statusCode()).isEqualTo(200);
		}
		while (!metrics.body().contains("uri=\"/login\"") && Instant.now().isBefore(deadline) && pause());
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/actuator/prometheus", "/actuator/env", "/actuator/info" })
	void doesNotServeActuatorOnThePublicPort(String path) throws Exception {
		HttpResponse<String> response = get(this.port, path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("\"UP\"", "jvm_", "http_server_requests");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean pause() throws InterruptedException {
		Thread.sleep(100);
		return true;
	}

}
