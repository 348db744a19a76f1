package io.itplan;

public final class Launcher {
    public static void main(String[] args) {
        System.out.println("itplan");
    }
}
