package dev.b2cemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class B2cGraphEmulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(B2cGraphEmulatorApplication.class, args);
    }

}
