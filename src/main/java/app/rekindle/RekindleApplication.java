package app.rekindle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RekindleApplication {

	public static void main(String[] args) {
		SpringApplication.run(RekindleApplication.class, args);
	}

}
