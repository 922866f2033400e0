<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// Installs the test WordPress and prints an application password for its
// user. Run by wordpress-site with SPILL_WP_CONFIG and SPILL_WP_URL set.
$url = getenv('SPILL_WP_URL');
$_SERVER['WORDPRESS_CONFIG'] = getenv('SPILL_WP_CONFIG');
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Spill Test Kitchen', 'cook', 'cook@example.com', true, '', 'cook-login-password-1');
if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
}
update_option('permalink_structure', '/%postname%/');
$user = get_user_by('login', 'cook');
update_user_meta($user->ID, 'first_name', 'Ana');
wp_update_user(['ID' => $user->ID, 'display_name' => 'Ana Cook']);
// An author: may write and upload, may not manage categories or users.
$author = wp_insert_user(['user_login' => 'writer', 'user_pass' => 'writer-login-password-1',
                          'role' => 'contributor', 'user_email' => 'writer@example.com']);
$created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'spill']);
$limited = WP_Application_Passwords::create_new_application_password($author, ['name' => 'spill']);
if (is_wp_error($created) || is_wp_error($limited)) {
    fwrite(STDERR, "no application password\n");
    exit(1);
}
echo $created[0], "\n", $limited[0], "\n";
